/**
 * The root entry point re-exports the public API of the capabilities'
 * subpaths and nothing else: no message catalogue, no internal, and no
 * language but English (Traditional Chinese is `collegiate/locales/zh-Hant`).
 */
import { describe, expect, it } from "vitest";
import * as agreement from "../src/agreement/index.js";
import * as calendar from "../src/calendar/index.js";
import * as diagnostics from "../src/diagnostics/index.js";
import * as feedback from "../src/feedback/index.js";
import * as root from "../src/index.js";
import * as machines from "../src/machines/index.js";
import * as timeline from "../src/timeline/index.js";

const subpaths = { agreement, calendar, diagnostics, feedback, machines, timeline };

describe("collegiate (the root entry point)", () => {
  it("exports exactly the names of the capabilities' subpaths, each the same value", () => {
    const names = new Set(Object.values(subpaths).flatMap((module) => Object.keys(module)));
    expect(Object.keys(root).sort()).toEqual([...names].sort());
    for (const module of Object.values(subpaths)) {
      for (const [name, value] of Object.entries(module)) expect(root[name as keyof typeof root], name).toBe(value);
    }
  });

  it("exports no catalogue, no internal, and no language but English", () => {
    const internal = Object.keys(root).filter((name) => /Messages$|ZhHant|zhHant|^templateTexts|^diagnosticsFromZod$|^parseInput$|^schemaLocale$|^say$/.test(name));
    expect(internal).toEqual([]);
    expect(root.en.code).toBe("en");
  });
});

/**
 * The fuzz suite's list is complete: every function exported by an entry
 * point is fuzzed (contracts.ts) or listed, with why, as taking no outside
 * data; constants and schemas are not functions.
 */
import { describe, expect, test } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import * as calendar from "../../src/calendar/index.js";
import * as diagnostics from "../../src/diagnostics/index.js";
import * as feedback from "../../src/feedback/index.js";
import * as root from "../../src/index.js";
import * as machines from "../../src/machines/index.js";
import * as schemas from "../../src/schemas/index.js";
import * as timeline from "../../src/timeline/index.js";
import * as vitest from "../../src/vitest/index.js";
import { contracts, noOutsideData } from "./contracts.js";

/** The package's entry points (package.json `exports`) and the diagnostics module they share. */
const subpaths: Readonly<Record<string, Record<string, unknown>>> = {
  collegiate: root,
  "collegiate/calendar": calendar,
  "collegiate/timeline": timeline,
  "collegiate/machines": machines,
  "collegiate/agreement": agreement,
  "collegiate/feedback": feedback,
  "collegiate/schemas": schemas,
  "collegiate/vitest": vitest,
  diagnostics,
};

describe("every function that takes data from outside is fuzzed", () => {
  test("every exported function is fuzzed or listed as taking no outside data", () => {
    const listed = new Set([...contracts.map((contract) => contract.name), ...Object.keys(noOutsideData)]);
    const unlisted: string[] = [];
    for (const [subpath, module] of Object.entries(subpaths)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === "function" && !listed.has(name)) unlisted.push(`${subpath}: ${name}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  test("every function listed is exported", () => {
    const exported = new Set(Object.values(subpaths).flatMap((module) => Object.keys(module)));
    expect([...contracts.map((contract) => contract.name), ...Object.keys(noOutsideData)].filter((name) => !exported.has(name))).toEqual([]);
  });

  test("no function is listed twice", () => {
    const names = contracts.map((contract) => contract.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});


/**
 * The public surface is what the committed API report says: a change to any
 * exported declaration fails here until `npm run api` rewrites the report, so
 * the change is visible in review. Runs on the built `dist/` (`npm test`
 * builds first).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiReport, reportPath, typedEntryPoints } from "./apiReport.js";

describe("the API report", () => {
  it("names every typed entry point of the package", () => {
    const entries = [...typedEntryPoints().keys()];
    expect(entries).toContain("collegiate");
    expect(entries).toContain("collegiate/calendar");
  });

  it("matches the built declarations (run `npm run build && npm run api` after changing the public API)", () => {
    for (const file of typedEntryPoints().values()) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before this test.`);
    }
    const committed = existsSync(reportPath) ? readFileSync(reportPath, "utf8") : "";
    const current = apiReport();
    // Compared line by line, so a failure shows which declarations changed.
    expect(current.split("\n")).toEqual(committed.split("\n"));
  });
});

import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { checkUniqueIds } from "../../src/agreement/uniqueIds.js";

describe("checkUniqueIds", () => {
  it("reports each repeated id at its place under the path, and returns the ids", () => {
    const issues: z.core.$ZodRawIssue[] = [];
    const ids = checkUniqueIds(issues, [{ id: "a" }, { id: "b" }, { id: "a" }, { id: "a" }], ["schools"], "schema.duplicate-school", "duplicate-school");
    expect([...ids]).toEqual(["a", "b"]);
    expect(issues.map((issue) => [issue.path, issue.message, (issue as { params?: { values?: unknown } }).params?.values])).toEqual([
      [["schools", 2, "id"], "agreement/schema.duplicate-school", { id: "a" }],
      [["schools", 3, "id"], "agreement/schema.duplicate-school", { id: "a" }],
    ]);
  });
});

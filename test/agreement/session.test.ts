import { describe, expect, it } from "vitest";
import { SessionSchema, StaffRosterSchema } from "../../src/agreement/index.js";

describe("SessionSchema and StaffRosterSchema", () => {
  it("accepts a session with a report due or produced", () => {
    expect(SessionSchema.parse({ start: "2026-09-01", end: "2027-07-16", summaryReport: { producedOn: "2027-06-20" } }).end).toBe("2027-07-16");
  });

  it("refuses a session that ends before it starts, at its end", () => {
    const result = SessionSchema.safeParse({ start: "2027-07-16", end: "2026-09-01" });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message, (issue as { params?: { values?: unknown } }).params?.values])).toEqual([
      [["end"], "agreement/schema.session-end-before-start", { start: "2027-07-16", end: "2026-09-01" }],
    ]);
  });

  it("refuses a teacher listed twice in the roster", () => {
    const result = StaffRosterSchema.safeParse([{ id: "t-chan" }, { id: "t-wong" }, { id: "t-chan", name: "Ms Chan" }]);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message, (issue as { params?: { values?: unknown } }).params?.values])).toEqual([[[2, "id"], "agreement/schema.duplicate-staff", { id: "t-chan" }]]);
  });
});

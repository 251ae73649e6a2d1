import { describe, expect, it } from "vitest";
import { summaryReport } from "../../../../src/agreement/index.js";
import { plainDate } from "../../../../src/calendar/index.js";
import { sessionRecord } from "../../records.js";

const session = (summary?: { dueOn?: string; producedOn?: string }) =>
  sessionRecord({
    session: { name: "2026/27", start: "2026-09-01", end: "2027-07-16", ...(summary === undefined ? {} : { summaryReport: summary }) },
  });

describe("lnct/summary-report (A8)", () => {
  it("passes a produced report, whatever the day", () => {
    expect(summaryReport.check(session({ dueOn: "2027-06-25", producedOn: "2027-06-24" }), { asOf: plainDate("2027-09-01") })).toEqual([]);
  });

  it("passes a report that is due, until its day has passed", () => {
    expect(summaryReport.check(session({ dueOn: "2027-06-25" }))).toEqual([]);
    expect(summaryReport.check(session({ dueOn: "2027-06-25" }), { asOf: plainDate("2027-06-25") })).toEqual([]);
  });

  it("warns about an overdue report, at session.summaryReport.dueOn", () => {
    const findings = summaryReport.check(session({ dueOn: "2027-06-25" }), { asOf: plainDate("2027-06-26") });
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source, f.message])).toEqual([
      [
        "lnct/summary-report",
        "warning",
        ["session", "summaryReport", "dueOn"],
        { document: "lnct-agreement", clause: "A8" },
        "The summary report of findings was due on 2027-06-25 and is not produced (as of 2027-06-26).",
      ],
    ]);
  });

  it("warns about a session with no report, produced or due, at session.summaryReport", () => {
    for (const summary of [undefined, {}]) {
      const findings = summaryReport.check(session(summary));
      expect(findings.map((f) => [f.path, f.message])).toEqual([
        [["session", "summaryReport"], "The session 2026/27 has no summary report of findings, produced or due."],
      ]);
    }
  });
});

import { sampleSession } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A8: it is good practice to produce a summary report of findings for
 * discussion at department, stage or whole-school level. The session's report
 * is produced, or due on a day that has not passed (judged as of the day
 * given; without one, a due day is enough).
 *
 * @example
 * ```ts
 * import { summaryReport } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = summaryReport.check({
 *   session: { name: "2026/27", start: plainDate("2026-09-01"), end: plainDate("2027-07-16") },
 *   staff: [],
 *   visits: [],
 * });
 * finding?.message; // "The session 2026/27 has no summary report of findings, produced or due."
 * ```
 */
export const summaryReport = /* @__PURE__ */ defineRule({
  id: "lnct/summary-report",
  subject: "session",
  defaultSeverity: "warning",
  source: { document: "lnct-agreement", clause: "A8" },
  description: agreementMessages["lnct/summary-report"],
  examples: {
    passing: { input: sampleSession, asOf: "2027-06-01" },
    failing: { input: sampleSession, asOf: "2027-07-02" },
  },
  inspect({ session }, { asOf }, findings) {
    const report = session.summaryReport;
    if (report?.producedOn !== undefined) return;
    if (report?.dueOn === undefined) {
      findings.missing(["session", "summaryReport"], "summary-report-missing", { session: session.name ?? `${session.start}–${session.end}` });
    } else if (asOf !== undefined && asOf > report.dueOn) {
      findings.breach(["session", "summaryReport", "dueOn"], "summary-report-overdue", { dueOn: report.dueOn, asOf });
    }
  },
});


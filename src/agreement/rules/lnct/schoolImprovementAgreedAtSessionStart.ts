import { visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { schoolDaysBetween } from "../../../calendar/schoolDaysBetween.js";

/**
 * A0: visits that relate to school improvement are agreed at the start of the
 * session. For such a visit, the day it was agreed is recorded and falls
 * within the first `schoolImprovementWithinSchoolDays` school days of the
 * session (default 20), or before the session. The session is the one in the
 * context, or the span of the calendar's terms; without either only the
 * record is checked.
 *
 * @example
 * ```ts
 * import { schoolImprovementAgreedAtSessionStart } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = schoolImprovementAgreedAtSessionStart.check(
 *   {
 *     observedTeacher: { id: "t-chan" },
 *     visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *     relatesToSchoolImprovement: true,
 *     schoolImprovementAgreedOn: plainDate("2027-02-01"),
 *   },
 *   { session: { start: plainDate("2026-09-01"), end: plainDate("2027-07-16") } },
 * );
 * finding?.path; // ["schoolImprovementAgreedOn"]
 * ```
 */
export const schoolImprovementAgreedAtSessionStart = /* @__PURE__ */ defineRule({
  id: "lnct/school-improvement-agreed-at-session-start",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A0" },
  description: agreementMessages["lnct/school-improvement-agreed-at-session-start"],
  examples: {
    passing: {
      input: visitWith({ relatesToSchoolImprovement: true, schoolImprovementAgreedOn: "2026-09-14" }),
      session: { start: "2026-09-01", end: "2027-07-16" },
    },
    failing: {
      input: visitWith({ relatesToSchoolImprovement: true, schoolImprovementAgreedOn: "2027-02-22" }),
      session: { start: "2026-09-01", end: "2027-07-16" },
    },
  },
  inspect(visit, { calendar, options, session }, findings) {
    if (visit.relatesToSchoolImprovement !== true) return;
    const agreedOn = visit.schoolImprovementAgreedOn;
    if (agreedOn === undefined) {
      findings.missing(["schoolImprovementAgreedOn"], "school-improvement-agreement-missing", {});
      return;
    }
    if (session === undefined) return;
    // School days of the session before the day of agreement: 0 on the first school day.
    if (schoolDaysBetween(calendar, session.start, agreedOn) >= options.schoolImprovementWithinSchoolDays) {
      findings.breach(
        ["schoolImprovementAgreedOn"],
        "school-improvement-agreed-late",
        { agreedOn, window: options.schoolImprovementWithinSchoolDays, sessionStart: session.start },
      );
    }
  },
});

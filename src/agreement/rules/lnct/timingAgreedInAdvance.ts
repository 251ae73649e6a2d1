import { daysBetween } from "../../../calendar/daysBetween.js";
import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A2: visits are pre-planned, their timing agreed with the class teacher. Once
 * a visit is scheduled, the timing was agreed at least `minimumNoticeDays`
 * calendar days before the visit day (default 1).
 *
 * @example
 * ```ts
 * import { timingAgreedInAdvance } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = timingAgreedInAdvance.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 *   timingAgreedOn: plainDate("2027-03-18"),
 * });
 * finding?.path; // ["timingAgreedOn"]
 * ```
 */
export const timingAgreedInAdvance = /* @__PURE__ */ defineRule({
  id: "lnct/timing-agreed-in-advance",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A2" },
  description: agreementMessages["lnct/timing-agreed-in-advance"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ timingAgreedOn: "2027-03-18" }) },
  },
  inspect(visit, { options }, findings) {
    const { visitDay, timingAgreedOn } = visit;
    if (visitDay === undefined) return;
    if (timingAgreedOn === undefined) {
      findings.missing(["timingAgreedOn"], "timing-missing", { visitDay });
    } else if (daysBetween(timingAgreedOn, visitDay) < options.minimumNoticeDays) {
      findings.breach(
        ["timingAgreedOn"],
        "timing-late",
        { agreedOn: timingAgreedOn, visitDay, notice: options.minimumNoticeDays },
      );
    }
  },
});

import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A4: the length of time the visitor stays in class is agreed in advance.
 * Once a visit is scheduled, the length has been agreed, on or before the
 * visit day; once observed, the visitor stayed no longer than agreed.
 *
 * @example
 * ```ts
 * import { lengthAgreedInAdvance } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = lengthAgreedInAdvance.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 *   length: { minutes: 30, agreedOn: plainDate("2027-03-04") },
 *   observation: { minutesInClass: 55 },
 * });
 * finding?.message; // "The visitor stayed 55 minutes; 30 minutes were agreed."
 * ```
 */
export const lengthAgreedInAdvance = /* @__PURE__ */ defineRule({
  id: "lnct/length-agreed-in-advance",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A4" },
  description: agreementMessages["lnct/length-agreed-in-advance"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ length: undefined }) },
  },
  inspect(visit, _inspection, findings) {
    const { visitDay, length } = visit;
    if (visitDay === undefined) return;
    if (length === undefined) {
      findings.missing(["length"], "length-missing", { visitDay });
      return;
    }
    if (length.agreedOn > visitDay) {
      findings.breach(["length", "agreedOn"], "length-late", { agreedOn: length.agreedOn, visitDay });
    }
    const stayed = visit.observation?.minutesInClass;
    if (stayed !== undefined && stayed > length.minutes) {
      findings.breach(["observation", "minutesInClass"], "length-exceeded", { stayed, agreed: length.minutes });
    }
  },
});

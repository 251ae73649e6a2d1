import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A3: areas of focus and feedback arrangements are agreed before the visit.
 * Once a visit is scheduled, they have been agreed, on or before the visit
 * day. A stage machine guards the "scheduled" step with this rule.
 *
 * @example
 * ```ts
 * import { focusAgreedBeforeVisit } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = focusAgreedBeforeVisit.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 * });
 * finding?.message; // "Focus areas and feedback arrangements were not agreed before the visit on 2027-03-18."
 * ```
 */
export const focusAgreedBeforeVisit = /* @__PURE__ */ defineRule({
  id: "lnct/focus-agreed-before-visit",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A3" },
  description: agreementMessages["lnct/focus-agreed-before-visit"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ focus: { ...sampleVisit.focus, agreedOn: "2027-03-19" } }) },
  },
  inspect(visit, _inspection, findings) {
    const { visitDay, focus } = visit;
    if (visitDay === undefined) return;
    if (focus === undefined) {
      findings.missing(["focus"], "focus-missing", { visitDay });
    } else if (focus.agreedOn > visitDay) {
      findings.breach(["focus", "agreedOn"], "focus-late", { agreedOn: focus.agreedOn, visitDay });
    }
  },
});

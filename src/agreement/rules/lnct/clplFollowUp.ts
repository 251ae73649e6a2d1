import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A6: developments agreed from the visit can be addressed through career-long
 * professional learning. A reminder (`info`): when the dialogue agreed
 * improvement steps, a CLPL follow-up is recorded.
 *
 * @example
 * ```ts
 * import { clplFollowUp } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = clplFollowUp.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   dialogue: { heldOn: plainDate("2027-03-19"), improvementSteps: [{ step: "Wait time", for: "observed" }] },
 * });
 * finding?.severity; // "info"
 * ```
 */
export const clplFollowUp = /* @__PURE__ */ defineRule({
  id: "lnct/clpl-follow-up",
  subject: "visit",
  defaultSeverity: "info",
  source: { document: "lnct-agreement", clause: "A6" },
  description: agreementMessages["lnct/clpl-follow-up"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ clplFollowUp: undefined }) },
  },
  inspect(visit, _inspection, findings) {
    const steps = visit.dialogue?.improvementSteps;
    if (steps === undefined || steps.length === 0) return;
    if (visit.clplFollowUp === undefined || visit.clplFollowUp.length === 0) {
      findings.missing(["clplFollowUp"], "clpl-missing", { count: steps.length });
    }
  },
});

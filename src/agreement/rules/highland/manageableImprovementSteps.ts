import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * H5: the dialogue helps to clarify a manageable number of improvement steps,
 * for the observer and the person observed. Judged once a dialogue is
 * recorded: the steps, counted together, number from `improvementSteps.min`
 * to `improvementSteps.max` (default 1 to 3).
 *
 * @example
 * ```ts
 * import { manageableImprovementSteps } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const step = { step: "Wait time after questions", for: "observed" as const };
 * const [finding] = manageableImprovementSteps.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   dialogue: { heldOn: plainDate("2027-03-19"), improvementSteps: [step, step, step, step] },
 * });
 * finding?.message; // "The dialogue agreed 4 improvement steps; a manageable number is at most 3."
 * ```
 */
export const manageableImprovementSteps = /* @__PURE__ */ defineRule({
  id: "highland/manageable-improvement-steps",
  subject: "visit",
  defaultSeverity: "warning",
  source: { document: "sharing-learning-experiences", clause: "H5" },
  description: agreementMessages["highland/manageable-improvement-steps"],
  examples: {
    passing: { input: sampleVisit },
    failing: {
      input: visitWith({
        dialogue: {
          ...sampleVisit.dialogue,
          improvementSteps: [
            { step: "Plan two higher-order questions for each group.", for: "observed" },
            { step: "Give every group a reading role card.", for: "observed" },
            { step: "Time each group's report back.", for: "observed" },
            { step: "Use a visualiser for the plenary.", for: "observed" },
            { step: "Try the reading roles with S1.", for: "observer" },
          ],
        },
      }),
    },
  },
  inspect(visit, { options }, findings) {
    const dialogue = visit.dialogue;
    if (dialogue === undefined) return;
    const { min, max } = options.improvementSteps;
    const steps = dialogue.improvementSteps;
    if (steps === undefined) {
      if (min > 0) findings.missing(["dialogue", "improvementSteps"], "steps-missing", {});
    } else if (steps.length < min) {
      findings.breach(["dialogue", "improvementSteps"], "steps-too-few", { count: steps.length, min });
    } else if (steps.length > max) {
      findings.breach(["dialogue", "improvementSteps"], "steps-too-many", { count: steps.length, max });
    }
  },
});

import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * H5: the dialogue recognises what went well. Judged once a dialogue is
 * recorded: an empty list is reported, and so is a missing one unless the
 * visit is a peer visit.
 *
 * @example
 * ```ts
 * import { dialogueRecognisesSuccess } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = dialogueRecognisesSuccess.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   dialogue: { heldOn: plainDate("2027-03-19"), wentWell: [] },
 * });
 * finding?.path; // ["dialogue", "wentWell"]
 * ```
 */
export const dialogueRecognisesSuccess = /* @__PURE__ */ defineRule({
  id: "highland/dialogue-recognises-success",
  subject: "visit",
  defaultSeverity: "warning",
  source: { document: "sharing-learning-experiences", clause: "H5" },
  description: agreementMessages["highland/dialogue-recognises-success"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ dialogue: { ...sampleVisit.dialogue, wentWell: [] } }) },
  },
  inspect(visit, _inspection, findings) {
    const dialogue = visit.dialogue;
    if (dialogue === undefined) return;
    if (dialogue.wentWell === undefined) {
      findings.missing(["dialogue", "wentWell"], "went-well-missing", {});
    } else if (dialogue.wentWell.length === 0) {
      findings.breach(["dialogue", "wentWell"], "went-well-empty", {});
    }
  },
});

import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { nameOf } from "../../wording.js";

/**
 * H5: the dialogue after the lesson is supportive and begins with the
 * teacher's own view of the lesson. Judged once a dialogue is recorded.
 *
 * @example
 * ```ts
 * import { dialogueBeginsWithTeachersView } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = dialogueBeginsWithTeachersView.check({
 *   observedTeacher: { id: "t-chan", name: "Ms Chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   dialogue: { heldOn: plainDate("2027-03-19"), beganWithTeachersView: false },
 * });
 * finding?.message; // "The dialogue did not begin with Ms Chan's own view of the lesson."
 * ```
 */
export const dialogueBeginsWithTeachersView = /* @__PURE__ */ defineRule({
  id: "highland/dialogue-begins-with-teachers-view",
  subject: "visit",
  defaultSeverity: "warning",
  source: { document: "sharing-learning-experiences", clause: "H5" },
  description: agreementMessages["highland/dialogue-begins-with-teachers-view"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ dialogue: { ...sampleVisit.dialogue, beganWithTeachersView: false } }) },
  },
  inspect(visit, _inspection, findings) {
    const dialogue = visit.dialogue;
    if (dialogue === undefined) return;
    const teacher = nameOf(visit.observedTeacher);
    if (dialogue.beganWithTeachersView === undefined) {
      findings.missing(["dialogue", "beganWithTeachersView"], "teachers-view-missing", { teacher });
    } else if (!dialogue.beganWithTeachersView) {
      findings.breach(["dialogue", "beganWithTeachersView"], "teachers-view-not-first", { teacher });
    }
  },
});

import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { schoolDaysAfter } from "../../schoolDaysAfter.js";
import { visitTookPlace } from "../../visitTookPlace.js";

/**
 * H5: dialogue takes place as soon as possible after the lesson. The dialogue
 * is dated on or after the visit day and at most `dialogueWithinSchoolDays`
 * school days after it (default 2; on the calendar given, else Monday to
 * Friday): after a Friday lesson, Tuesday is 2 school days after. Without a
 * dialogue, a closed record is reported, and so is a visit judged as of a day
 * after that deadline.
 *
 * @example
 * ```ts
 * import { dialogueSoonAfterLesson } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = dialogueSoonAfterLesson.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-12"),
 *   dialogue: { heldOn: plainDate("2027-03-17") },
 * });
 * finding?.message;
 * // "The dialogue took place on 2027-03-17, 3 school day(s) after the lesson on 2027-03-12; the policy allows 2."
 * ```
 */
export const dialogueSoonAfterLesson = /* @__PURE__ */ defineRule({
  id: "highland/dialogue-soon-after-lesson",
  subject: "visit",
  defaultSeverity: "warning",
  source: { document: "sharing-learning-experiences", clause: "H5" },
  description: agreementMessages["highland/dialogue-soon-after-lesson"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ dialogue: { ...sampleVisit.dialogue, heldOn: "2027-03-24" } }) },
  },
  inspect(visit, { asOf, calendar, options }, findings) {
    const { visitDay, dialogue } = visit;
    if (visitDay === undefined) return;
    const allowed = options.dialogueWithinSchoolDays;
    if (dialogue !== undefined) {
      const heldOn = dialogue.heldOn;
      if (heldOn < visitDay) {
        findings.breach(["dialogue", "heldOn"], "dialogue-before-lesson", { heldOn, visitDay });
        return;
      }
      const days = schoolDaysAfter(calendar, visitDay, heldOn);
      if (days > allowed) findings.breach(["dialogue", "heldOn"], "dialogue-late", { heldOn, visitDay, days, allowed });
      return;
    }
    if (visit.closedOn !== undefined) {
      findings.missing(["dialogue"], "dialogue-missing-at-close", { closedOn: visit.closedOn });
      return;
    }
    if (asOf !== undefined && visitTookPlace(visit, asOf)) {
      // Overdue when even a dialogue on asOf itself would be too late.
      const days = schoolDaysAfter(calendar, visitDay, asOf);
      if (days > allowed) findings.missing(["dialogue"], "dialogue-overdue", { days, visitDay, asOf, allowed });
    }
  },
});

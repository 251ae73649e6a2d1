import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * H4: discussion takes place before the lesson, to agree focus, purpose and
 * who does what. Once a visit is scheduled, its focus (with `whoDoesWhat`)
 * and its purpose were agreed on or before the visit day. It overlaps A1 and
 * A3 on purpose and focus, so that a policy of the sharing routine alone
 * checks them too.
 *
 * @example
 * ```ts
 * import { discussionBeforeLesson } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const findings = discussionBeforeLesson.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 * });
 * findings.map((finding) => finding.path); // [["focus"], ["purpose"]]
 * ```
 */
export const discussionBeforeLesson = /* @__PURE__ */ defineRule({
  id: "highland/discussion-before-lesson",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "sharing-learning-experiences", clause: "H4" },
  description: agreementMessages["highland/discussion-before-lesson"],
  examples: {
    passing: { input: sampleVisit },
    failing: {
      input: visitWith({
        focus: { areas: ["group talk"], feedbackArrangement: "Dialogue the next morning.", agreedOn: "2027-03-04" },
      }),
    },
  },
  inspect(visit, _inspection, findings) {
    const { visitDay, focus, purpose } = visit;
    if (visitDay === undefined) return;
    if (focus === undefined) {
      findings.missing(["focus"], "discussion-focus-missing", { visitDay });
    } else {
      if (focus.agreedOn > visitDay) {
        findings.breach(["focus", "agreedOn"], "discussion-focus-late", { agreedOn: focus.agreedOn, visitDay });
      }
      if (focus.whoDoesWhat === undefined) {
        findings.missing(["focus", "whoDoesWhat"], "discussion-roles-missing", { visitDay });
      }
    }
    if (purpose === undefined) {
      findings.missing(["purpose"], "discussion-purpose-missing", { visitDay });
    } else if (purpose.sharedOn > visitDay) {
      findings.breach(["purpose", "sharedOn"], "discussion-purpose-shared-late", { sharedOn: purpose.sharedOn, visitDay });
    }
  },
});

import { samplePlan, planWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * S5 after S3: content, details and invitation are confirmed only once the
 * basic details are. When `content.confirmedOn` is recorded, the basic details
 * were confirmed on or before that day. With {@link basicDetailsConfirmed},
 * this is the guard of the S5 step: a plan whose content is confirmed passes
 * both only if its basic details are complete and confirmed first.
 *
 * @example
 * ```ts
 * import { basicDetailsBeforeContent } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = basicDetailsBeforeContent.check({
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   content: { confirmedOn: plainDate("2027-01-15") },
 * });
 * finding?.path; // ["basicDetails", "confirmedOn"]
 * ```
 */
export const basicDetailsBeforeContent = /* @__PURE__ */ defineRule({
  id: "sharing/basic-details-before-content",
  subject: "plan",
  defaultSeverity: "error",
  source: { document: "joint-school-sharing", clause: "S5" },
  description: agreementMessages["sharing/basic-details-before-content"],
  examples: {
    passing: { input: samplePlan },
    failing: {
      input: planWith({ basicDetails: { ...samplePlan.basicDetails, confirmedOn: "2027-01-20" } }),
    },
  },
  inspect(plan, _inspection, findings) {
    const contentOn = plan.content?.confirmedOn;
    if (contentOn === undefined) return;
    const basicOn = plan.basicDetails?.confirmedOn;
    if (basicOn === undefined) {
      findings.missing(["basicDetails", "confirmedOn"], "content-before-basic-details", { contentOn });
    } else if (basicOn > contentOn) {
      findings.breach(["content", "confirmedOn"], "content-before-basic-details-day", { contentOn, basicOn });
    }
  },
});

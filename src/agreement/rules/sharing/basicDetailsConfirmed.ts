import { samplePlan, planWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

const details = ["date", "durationMinutes", "participants", "medium"] as const;

/**
 * S3: the working group confirms the basic details: date, duration, number of
 * participants and medium of instruction. Once `basicDetails.confirmedOn` is
 * recorded, all four are known. Before that, a plan may know any of them.
 *
 * @example
 * ```ts
 * import { basicDetailsConfirmed } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const findings = basicDetailsConfirmed.check({
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   basicDetails: { date: plainDate("2027-03-18"), durationMinutes: 360, participants: 80, confirmedOn: plainDate("2026-12-04") },
 * });
 * findings.map((finding) => finding.path); // [["basicDetails", "medium"]]
 * ```
 */
export const basicDetailsConfirmed = /* @__PURE__ */ defineRule({
  id: "sharing/basic-details-confirmed",
  subject: "plan",
  defaultSeverity: "error",
  source: { document: "joint-school-sharing", clause: "S3" },
  description: agreementMessages["sharing/basic-details-confirmed"],
  examples: {
    passing: { input: samplePlan },
    failing: {
      input: planWith({ basicDetails: { date: "2027-03-18", participants: 80, confirmedOn: "2026-12-04" } }),
    },
  },
  inspect(plan, _inspection, findings) {
    const basics = plan.basicDetails;
    if (basics?.confirmedOn === undefined) return;
    for (const detail of details) {
      if (basics[detail] === undefined) {
        findings.missing(
          ["basicDetails", detail],
          "basic-detail-missing",
          { confirmedOn: basics.confirmedOn, detail: findings.word(`detail.${detail}`) },
        );
      }
    }
  },
});

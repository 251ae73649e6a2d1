import { samplePlan, planWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * S1: the working group is formed from representatives of each participating
 * school. Each school of the plan names at least one representative.
 *
 * @example
 * ```ts
 * import { representativesAppointed } from "collegiate/agreement";
 *
 * const [finding] = representativesAppointed.check({ schools: [{ id: "hillside", name: "Hillside College" }] });
 * finding?.message; // "Hillside College has no representative in the working group."
 * ```
 */
export const representativesAppointed = /* @__PURE__ */ defineRule({
  id: "sharing/representatives-appointed",
  subject: "plan",
  defaultSeverity: "error",
  source: { document: "joint-school-sharing", clause: "S1" },
  description: agreementMessages["sharing/representatives-appointed"],
  examples: {
    passing: { input: samplePlan },
    failing: {
      input: planWith({ schools: [...samplePlan.schools.slice(0, 1), { id: "hillside", name: "Hillside College", representatives: [] }] }),
    },
  },
  inspect(plan, _inspection, findings) {
    plan.schools.forEach((school, index) => {
      if (school.representatives === undefined || school.representatives.length === 0) {
        findings.missing(["schools", index, "representatives"], "representatives-missing", { school: school.name });
      }
    });
  },
});

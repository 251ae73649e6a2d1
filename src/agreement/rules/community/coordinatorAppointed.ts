import { sampleCommunity, communityWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * L2: each participating school appoints a nominated curriculum leader as the
 * coordinator who keeps contact with the support officer.
 *
 * @example
 * ```ts
 * import { coordinatorAppointed } from "collegiate/agreement";
 *
 * const [finding] = coordinatorAppointed.check({ name: "Reading", schools: [{ id: "harbour", name: "Harbour Secondary School" }] });
 * finding?.path; // ["schools", 0, "coordinator"]
 * ```
 */
export const coordinatorAppointed = /* @__PURE__ */ defineRule({
  id: "community/coordinator-appointed",
  subject: "community",
  defaultSeverity: "error",
  source: { document: "learning-communities", clause: "L2" },
  description: agreementMessages["community/coordinator-appointed"],
  examples: {
    passing: { input: sampleCommunity },
    failing: {
      input: communityWith({
        schools: [...sampleCommunity.schools.slice(0, 1), { id: "hillside", name: "Hillside College" }],
      }),
    },
  },
  inspect(community, _inspection, findings) {
    community.schools.forEach((school, index) => {
      if (school.coordinator === undefined) {
        findings.missing(["schools", index, "coordinator"], "coordinator-missing", { school: school.name });
      }
    });
  },
});

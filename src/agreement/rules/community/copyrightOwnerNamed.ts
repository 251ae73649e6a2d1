import { sampleCommunity, communityWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * L5: successful experience and co-developed resources are shared, and their
 * copyright owner is recorded (jointly the education authority and the
 * schools, or the funding body of the programme).
 *
 * @example
 * ```ts
 * import { copyrightOwnerNamed } from "collegiate/agreement";
 *
 * const [finding] = copyrightOwnerNamed.check({
 *   name: "Reading",
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   resources: [{ title: "Reading roles cards" }],
 * });
 * finding?.path; // ["resources", 0, "copyrightOwner"]
 * ```
 */
export const copyrightOwnerNamed = /* @__PURE__ */ defineRule({
  id: "community/copyright-owner-named",
  subject: "community",
  defaultSeverity: "error",
  source: { document: "learning-communities", clause: "L5" },
  description: agreementMessages["community/copyright-owner-named"],
  examples: {
    passing: { input: sampleCommunity },
    failing: { input: communityWith({ resources: [{ title: "Reading roles cards", school: "harbour" }] }) },
  },
  inspect(community, _inspection, findings) {
    community.resources?.forEach((resource, index) => {
      if (resource.copyrightOwner === undefined) {
        findings.missing(["resources", index, "copyrightOwner"], "copyright-owner-missing", { title: resource.title });
      }
    });
  },
});

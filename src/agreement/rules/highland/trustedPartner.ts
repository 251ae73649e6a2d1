import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { nameOf } from "../../wording.js";

/**
 * H3: extended sharing is carried out with a colleague in whom the teacher has
 * confidence: a teacher of the school or its ASG, a school manager, or a
 * quality improvement officer (`partnerRoles`). Reports each visitor of
 * another kind, and each the observed teacher is recorded as not trusting
 * (or, unless it is a peer visit, whose trust is not recorded).
 *
 * @example
 * ```ts
 * import { trustedPartner } from "collegiate/agreement";
 *
 * const [finding] = trustedPartner.check({
 *   observedTeacher: { id: "t-chan", name: "Ms Chan" },
 *   visitors: [{ id: "p-ng", name: "Ng Ka Yan", role: "pupil", seniorPromoted: false, trustedByTeacher: true }],
 * });
 * finding?.path; // ["visitors", 0, "role"]
 * ```
 */
export const trustedPartner = /* @__PURE__ */ defineRule({
  id: "highland/trusted-partner",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "sharing-learning-experiences", clause: "H3" },
  description: agreementMessages["highland/trusted-partner"],
  examples: {
    passing: { input: sampleVisit },
    failing: {
      input: visitWith({
        visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: false }],
      }),
    },
  },
  inspect(visit, { options }, findings) {
    const teacher = nameOf(visit.observedTeacher);
    visit.visitors.forEach((visitor, index) => {
      if (!options.partnerRoles.includes(visitor.role)) {
        findings.breach(
          ["visitors", index, "role"],
          "partner-role",
          {
            person: nameOf(visitor),
            role: findings.word(`role.${visitor.role}`),
            allowed: findings.list(
              options.partnerRoles.map((role) => findings.word(`role.${role}`)),
              "list.or",
            ),
          },
        );
      }
      if (visitor.trustedByTeacher === undefined) {
        findings.missing(["visitors", index, "trustedByTeacher"], "partner-trust-missing", { teacher, person: nameOf(visitor) });
      } else if (!visitor.trustedByTeacher) {
        findings.breach(["visitors", index, "trustedByTeacher"], "partner-not-trusted", { teacher, person: nameOf(visitor) });
      }
    });
  },
});

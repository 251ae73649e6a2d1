import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { nameOf } from "../../wording.js";

/**
 * A1: everyone involved knows the purpose of the visit. Once a visit is
 * scheduled (it has a `visitDay`), its purpose has been shared, on or before
 * that day, with the observed teacher and every visitor.
 *
 * @example
 * ```ts
 * import { purposeShared } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = purposeShared.check({
 *   observedTeacher: { id: "t-chan", name: "Ms Chan" },
 *   visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 *   purpose: { statement: "Group talk in S2 English", sharedWith: ["m-lee"], sharedOn: plainDate("2027-03-01") },
 * });
 * finding?.message; // "The purpose was not shared with Ms Chan."
 * ```
 */
export const purposeShared = /* @__PURE__ */ defineRule({
  id: "lnct/purpose-shared",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A1" },
  description: agreementMessages["lnct/purpose-shared"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ purpose: { ...sampleVisit.purpose, sharedWith: ["m-lee"] } }) },
  },
  inspect(visit, _inspection, findings) {
    const { visitDay, purpose } = visit;
    if (visitDay === undefined) return;
    if (purpose === undefined) {
      findings.missing(["purpose"], "purpose-missing", { visitDay });
      return;
    }
    const everyone = [visit.observedTeacher, ...visit.visitors];
    if (!everyone.every((person) => purpose.sharedWith.includes(person.id))) {
      const notTold = everyone.filter((person) => !purpose.sharedWith.includes(person.id)).map(nameOf);
      findings.breach(["purpose", "sharedWith"], "purpose-not-shared-with", { people: findings.list(notTold) });
    }
    if (purpose.sharedOn > visitDay) {
      findings.breach(["purpose", "sharedOn"], "purpose-shared-late", { sharedOn: purpose.sharedOn, visitDay });
    }
  },
});

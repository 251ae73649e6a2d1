import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A4: the visitor is given the opportunity to play an active part in the
 * lesson. Once a visit is scheduled, that offer is recorded.
 *
 * @example
 * ```ts
 * import { activePartOffered } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = activePartOffered.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 *   activePartOffered: false,
 * });
 * finding?.severity; // "warning"
 * ```
 */
export const activePartOffered = /* @__PURE__ */ defineRule({
  id: "lnct/active-part-offered",
  subject: "visit",
  defaultSeverity: "warning",
  source: { document: "lnct-agreement", clause: "A4" },
  description: agreementMessages["lnct/active-part-offered"],
  examples: {
    passing: { input: sampleVisit },
    failing: { input: visitWith({ activePartOffered: false }) },
  },
  inspect(visit, _inspection, findings) {
    if (visit.visitDay === undefined) return;
    if (visit.activePartOffered === undefined) {
      findings.missing(["activePartOffered"], "active-part-missing", {});
    } else if (!visit.activePartOffered) {
      findings.breach(["activePartOffered"], "active-part-not-offered", {});
    }
  },
});

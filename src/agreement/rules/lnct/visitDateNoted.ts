import { visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { visitTookPlace } from "../../visitTookPlace.js";

/**
 * A7: a visit by teachers who are not senior promoted staff needs no written
 * record other than its date. This rule asks exactly that of every visit: once
 * it has taken place (an observation, a dialogue or the closure is recorded),
 * its `visitDay` is noted. The rest of A7 is how every other rule behaves: for
 * a peer visit none reports a missing record (see {@link isPeerVisit}).
 *
 * @example
 * ```ts
 * import { visitDateNoted } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = visitDateNoted.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "t-wong", role: "teacher", seniorPromoted: false }],
 *   closedOn: plainDate("2027-03-22"),
 * });
 * finding?.path; // ["visitDay"]
 * ```
 */
export const visitDateNoted = /* @__PURE__ */ defineRule({
  id: "lnct/visit-date-noted",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A7" },
  description: agreementMessages["lnct/visit-date-noted"],
  examples: {
    passing: {
      input: {
        observedTeacher: { id: "t-chan", name: "Ms Chan" },
        visitors: [{ id: "t-wong", name: "Mr Wong", role: "teacher", seniorPromoted: false }],
        visitDay: "2027-03-18",
        closedOn: "2027-03-22",
      },
    },
    failing: { input: visitWith({ visitDay: undefined }) },
  },
  inspect(visit, { asOf }, findings) {
    if (visit.visitDay === undefined && visitTookPlace(visit, asOf)) findings.breach(["visitDay"], "date-missing", {});
  },
});

import { visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A9: sharing classroom experience is transparent and supportive; where it is
 * felt not to be, every effort is made to resolve the matter at school level.
 * Reports a concern resolved beyond school level, and one still open when the
 * record is closed.
 *
 * @example
 * ```ts
 * import { concernResolvedAtSchoolLevel } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = concernResolvedAtSchoolLevel.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   concerns: [{ raisedOn: plainDate("2027-03-19"), about: "feedback in front of pupils" }],
 *   closedOn: plainDate("2027-03-26"),
 * });
 * finding?.path; // ["concerns", 0, "resolution"]
 * ```
 */
export const concernResolvedAtSchoolLevel = /* @__PURE__ */ defineRule({
  id: "lnct/concern-resolved-at-school-level",
  subject: "visit",
  defaultSeverity: "warning",
  source: { document: "lnct-agreement", clause: "A9" },
  description: agreementMessages["lnct/concern-resolved-at-school-level"],
  examples: {
    passing: {
      input: visitWith({
        concerns: [
          {
            raisedOn: "2027-03-19",
            about: "feedback given in front of pupils",
            resolution: { resolvedOn: "2027-03-22", level: "school", outcome: "Feedback is given in private." },
          },
        ],
      }),
    },
    failing: {
      input: visitWith({
        concerns: [
          {
            raisedOn: "2027-03-19",
            about: "feedback given in front of pupils",
            resolution: { resolvedOn: "2027-04-20", level: "education-authority" },
          },
        ],
      }),
    },
  },
  inspect(visit, _inspection, findings) {
    const concerns = visit.concerns;
    if (concerns === undefined) return;
    concerns.forEach((concern, index) => {
      const { resolution } = concern;
      if (resolution === undefined) {
        if (visit.closedOn !== undefined) {
          findings.breach(
            ["concerns", index, "resolution"],
            "concern-open-at-close",
            { raisedOn: concern.raisedOn, about: concern.about, closedOn: visit.closedOn },
          );
        }
      } else if (resolution.level !== "school") {
        findings.breach(
          ["concerns", index, "resolution", "level"],
          "concern-escalated",
          { raisedOn: concern.raisedOn, about: concern.about, level: findings.word(`level.${resolution.level}`) },
        );
      }
    });
  },
});

import { sampleVisit, visitWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * A5: informal notes are fine; the visitor avoids a tick-box and grades
 * approach. Reports a tick-box form and any grade or score recorded.
 *
 * @example
 * ```ts
 * import { noGradesOrTickBoxes } from "collegiate/agreement";
 *
 * const [finding] = noGradesOrTickBoxes.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   observation: { notes: "informal", grades: [{ criterion: "Pace", grade: 3 }] },
 * });
 * finding?.message; // "1 grade(s) or score(s) were recorded: Pace."
 * ```
 */
export const noGradesOrTickBoxes = /* @__PURE__ */ defineRule({
  id: "lnct/no-grades-or-tick-boxes",
  subject: "visit",
  defaultSeverity: "error",
  source: { document: "lnct-agreement", clause: "A5" },
  description: agreementMessages["lnct/no-grades-or-tick-boxes"],
  examples: {
    passing: { input: sampleVisit },
    failing: {
      input: visitWith({
        observation: { notes: "tick-box", grades: [{ criterion: "Pace of the lesson", grade: "good" }] },
      }),
    },
  },
  inspect(visit, _inspection, findings) {
    const observation = visit.observation;
    if (observation === undefined) return;
    if (observation.notes === "tick-box") findings.breach(["observation", "notes"], "tick-box-notes", {});
    const grades = observation.grades;
    if (grades !== undefined && grades.length > 0) {
      findings.breach(
        ["observation", "grades"],
        "grades-given",
        { count: grades.length, criteria: grades.map((grade) => grade.criterion).join(", ") },
      );
    }
  },
});

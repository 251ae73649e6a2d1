import { describe, expect, it } from "vitest";
import { noGradesOrTickBoxes } from "../../../../src/agreement/index.js";
import { peerVisit, visit } from "../../records.js";

const A5 = { document: "lnct-agreement", clause: "A5" };

describe("lnct/no-grades-or-tick-boxes (A5)", () => {
  it("passes informal notes, brief records and no notes at all", () => {
    for (const notes of ["informal", "brief-record", "none"] as const) {
      expect(noGradesOrTickBoxes.check(visit({ observation: { notes } }))).toEqual([]);
    }
    expect(noGradesOrTickBoxes.check(visit({ observation: { notes: "informal", grades: [] } }))).toEqual([]);
  });

  it("reports a tick-box form at observation.notes", () => {
    const findings = noGradesOrTickBoxes.check(visit({ observation: { notes: "tick-box" } }));
    expect(findings.map((f) => [f.path, f.source, f.message])).toEqual([
      [["observation", "notes"], A5, "Notes of the lesson were kept on a tick-box form."],
    ]);
  });

  it("reports every grade in one finding at observation.grades, even in a peer visit", () => {
    const grades = [
      { criterion: "Pace", grade: 3 },
      { criterion: "Questioning", grade: "good" },
    ];
    const findings = noGradesOrTickBoxes.check(peerVisit({ visitDay: "2027-03-18", observation: { grades } }));
    expect(findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["lnct/no-grades-or-tick-boxes", ["observation", "grades"], "2 grade(s) or score(s) were recorded: Pace, Questioning."],
    ]);
  });
});

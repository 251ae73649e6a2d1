import { describe, expect, it } from "vitest";
import { dialogueBeginsWithTeachersView } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, sampleVisit, visit } from "../../records.js";

describe("highland/dialogue-begins-with-teachers-view (H5)", () => {
  it("passes a dialogue that began with the teacher's view, and a visit with no dialogue yet", () => {
    expect(dialogueBeginsWithTeachersView.check(visit())).toEqual([]);
    expect(dialogueBeginsWithTeachersView.check(managerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
  });

  it("reports a dialogue that did not, at dialogue.beganWithTeachersView", () => {
    const findings = dialogueBeginsWithTeachersView.check(visit({ dialogue: { ...sampleVisit.dialogue, beganWithTeachersView: false } }));
    expect(findings.map((f) => [f.ruleId, f.path, f.source?.clause, f.message])).toEqual([
      [
        "highland/dialogue-begins-with-teachers-view",
        ["dialogue", "beganWithTeachersView"],
        "H5",
        "The dialogue did not begin with Ms Chan's own view of the lesson.",
      ],
    ]);
  });

  it("asks how the dialogue began, except in a peer visit (A7)", () => {
    const dialogue = { heldOn: "2027-03-19" };
    expect(dialogueBeginsWithTeachersView.check(managerVisit({ dialogue })).map((f) => f.message)).toEqual([
      "It is not recorded whether the dialogue began with Ms Chan's own view of the lesson.",
    ]);
    expect(dialogueBeginsWithTeachersView.check(peerVisit({ dialogue }))).toEqual([]);
  });
});

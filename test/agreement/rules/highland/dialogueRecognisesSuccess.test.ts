import { describe, expect, it } from "vitest";
import { dialogueRecognisesSuccess } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, sampleVisit, visit } from "../../records.js";

describe("highland/dialogue-recognises-success (H5)", () => {
  it("passes a dialogue that recognised what went well", () => {
    expect(dialogueRecognisesSuccess.check(visit())).toEqual([]);
  });

  it("reports a dialogue that recognised nothing, at dialogue.wentWell, peer visits included", () => {
    const findings = dialogueRecognisesSuccess.check(visit({ dialogue: { ...sampleVisit.dialogue, wentWell: [] } }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source?.clause, f.message])).toEqual([
      ["highland/dialogue-recognises-success", "warning", ["dialogue", "wentWell"], "H5", "The dialogue recognised nothing that went well."],
    ]);
    expect(dialogueRecognisesSuccess.check(peerVisit({ dialogue: { heldOn: "2027-03-19", wentWell: [] } }))).toHaveLength(1);
  });

  it("asks what went well when it is not recorded, except in a peer visit (A7)", () => {
    const dialogue = { heldOn: "2027-03-19" };
    expect(dialogueRecognisesSuccess.check(managerVisit({ dialogue })).map((f) => f.message)).toEqual([
      "The record of the dialogue does not say what went well.",
    ]);
    expect(dialogueRecognisesSuccess.check(peerVisit({ dialogue }))).toEqual([]);
  });
});

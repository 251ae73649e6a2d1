import { describe, expect, it } from "vitest";
import { clplFollowUp } from "../../../../src/agreement/index.js";
import { peerVisit, sampleVisit, visit } from "../../records.js";

describe("lnct/clpl-follow-up (A6)", () => {
  it("passes agreed steps with a CLPL follow-up, and a dialogue with no steps", () => {
    expect(clplFollowUp.check(visit())).toEqual([]);
    expect(clplFollowUp.check(visit({ clplFollowUp: undefined, dialogue: { ...sampleVisit.dialogue, improvementSteps: [] } }))).toEqual([]);
  });

  it("reminds (info) when agreed steps have no follow-up recorded, at clplFollowUp", () => {
    for (const followUp of [undefined, []]) {
      const findings = clplFollowUp.check(visit({ clplFollowUp: followUp }));
      expect(findings.map((f) => [f.severity, f.path, f.source?.clause, f.message])).toEqual([
        ["info", ["clplFollowUp"], "A6", "2 improvement step(s) were agreed, but no follow-up through career-long professional learning is recorded."],
      ]);
    }
  });

  it("asks nothing of a peer visit (A7)", () => {
    const dialogue = { heldOn: "2027-03-19", improvementSteps: [{ step: "Wait time", for: "observed" as const }] };
    expect(clplFollowUp.check(peerVisit({ visitDay: "2027-03-18", dialogue }))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { focusAgreedBeforeVisit } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, sampleVisit, visit } from "../../records.js";

const A3 = { document: "lnct-agreement", clause: "A3" };

describe("lnct/focus-agreed-before-visit (A3)", () => {
  it("passes focus agreed two weeks ahead, or on the day itself", () => {
    expect(focusAgreedBeforeVisit.check(visit())).toEqual([]);
    expect(focusAgreedBeforeVisit.check(visit({ focus: { ...sampleVisit.focus, agreedOn: "2027-03-18" } }))).toEqual([]);
  });

  it("refuses scheduling before focus and feedback arrangements are agreed", () => {
    // What a stage machine asks when a manager's visit is about to be scheduled.
    const findings = focusAgreedBeforeVisit.check(managerVisit({ proposedOn: "2027-02-22", visitDay: "2027-03-18" }));
    expect(findings).toEqual([
      {
        ruleId: "lnct/focus-agreed-before-visit",
        severity: "error",
        code: "agreement/focus-missing",
        params: { visitDay: "2027-03-18" },
        message: "Focus areas and feedback arrangements were not agreed before the visit on 2027-03-18.",
        path: ["focus"],
        source: A3,
        hint: "Agree the areas of focus and how feedback will be given before the visit.",
      },
    ]);
  });

  it("reports focus agreed after the visit, at focus.agreedOn, even for a peer visit", () => {
    const late = visit({ focus: { ...sampleVisit.focus, agreedOn: "2027-03-19" } });
    expect(focusAgreedBeforeVisit.check(late).map((f) => [f.path, f.source])).toEqual([[["focus", "agreedOn"], A3]]);
    const peer = peerVisit({ visitDay: "2027-03-18", focus: { ...sampleVisit.focus, agreedOn: "2027-03-19" } });
    expect(focusAgreedBeforeVisit.check(peer)).toHaveLength(1);
  });

  it("asks no written focus of a peer visit (A7)", () => {
    expect(focusAgreedBeforeVisit.check(peerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
  });
});

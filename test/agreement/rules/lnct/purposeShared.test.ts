import { describe, expect, it } from "vitest";
import { purposeShared } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, sampleVisit, visit } from "../../records.js";

const A1 = { document: "lnct-agreement", clause: "A1" };

describe("lnct/purpose-shared (A1)", () => {
  it("passes a scheduled visit whose purpose was shared with everyone before the day", () => {
    expect(purposeShared.check(visit())).toEqual([]);
  });

  it("asks nothing of a visit that is not scheduled yet", () => {
    expect(purposeShared.check(managerVisit({ proposedOn: "2027-02-22" }))).toEqual([]);
  });

  it("reports a scheduled visit with no purpose, at the purpose", () => {
    const [finding, ...rest] = purposeShared.check(managerVisit({ visitDay: "2027-03-18" }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "lnct/purpose-shared", severity: "error", path: ["purpose"], source: A1 });
    expect(finding?.message).toBe(
      "No purpose is recorded for the visit on 2027-03-18: everyone involved must know why it takes place.",
    );
  });

  it("names everyone the purpose was not shared with", () => {
    const findings = purposeShared.check(visit({ purpose: { ...sampleVisit.purpose, sharedWith: ["head-teacher"] } }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [["purpose", "sharedWith"], "The purpose was not shared with Ms Chan and Mrs Lee."],
    ]);
    expect(findings[0]?.source).toEqual(A1);
  });

  it("reports a purpose shared after the visit day, but not one shared on it", () => {
    const late = purposeShared.check(visit({ purpose: { ...sampleVisit.purpose, sharedOn: "2027-03-19" } }));
    expect(late.map((f) => f.path)).toEqual([["purpose", "sharedOn"]]);
    expect(late[0]?.message).toBe("The purpose was shared on 2027-03-19, after the visit on 2027-03-18.");
    expect(purposeShared.check(visit({ purpose: { ...sampleVisit.purpose, sharedOn: "2027-03-18" } }))).toEqual([]);
  });

  it("does not ask a peer visit for a purpose (A7), but checks one it records", () => {
    expect(purposeShared.check(peerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
    const recorded = peerVisit({
      visitDay: "2027-03-18",
      purpose: { statement: "Reading roles", sharedWith: ["t-wong"], sharedOn: "2027-03-01" },
    });
    expect(purposeShared.check(recorded).map((f) => f.message)).toEqual(["The purpose was not shared with Ms Chan."]);
  });

  it("reports at the severity it is given", () => {
    expect(purposeShared.check(managerVisit({ visitDay: "2027-03-18" }), { severity: "warning" })[0]?.severity).toBe("warning");
  });
});

import { describe, expect, it } from "vitest";
import { visitDateNoted } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

describe("lnct/visit-date-noted (A7)", () => {
  it("passes a peer visit that notes only its date", () => {
    expect(visitDateNoted.check(peerVisit({ visitDay: "2027-03-18", closedOn: "2027-03-22" }))).toEqual([]);
  });

  it("asks no date of a visit that has not taken place", () => {
    expect(visitDateNoted.check(managerVisit({ proposedOn: "2027-02-22" }))).toEqual([]);
  });

  it.each([
    ["an observation", { observation: { notes: "informal" as const } }],
    ["a dialogue", { dialogue: { heldOn: "2027-03-19" } }],
    ["the closure", { closedOn: "2027-03-22" }],
  ])("reports a visit with %s recorded and no date, peer visits included", (_what, facts) => {
    const findings = visitDateNoted.check(peerVisit(facts));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source])).toEqual([
      ["lnct/visit-date-noted", "error", ["visitDay"], { document: "lnct-agreement", clause: "A7" }],
    ]);
  });

  it("reports the sample visit without its day", () => {
    expect(visitDateNoted.check(visit({ visitDay: undefined })).map((f) => f.message)).toEqual([
      "The visit took place, but its date is not noted.",
    ]);
  });
});

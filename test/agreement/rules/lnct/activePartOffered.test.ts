import { describe, expect, it } from "vitest";
import { activePartOffered } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

describe("lnct/active-part-offered (A4)", () => {
  it("passes a visitor offered an active part", () => {
    expect(activePartOffered.check(visit())).toEqual([]);
  });

  it("warns when no active part was offered, at activePartOffered", () => {
    expect(activePartOffered.check(visit({ activePartOffered: false }))).toEqual([
      {
        ruleId: "lnct/active-part-offered",
        severity: "warning",
        code: "agreement/active-part-not-offered",
        params: {},
        message: "The visitor was not offered an active part in the lesson.",
        path: ["activePartOffered"],
        source: { document: "lnct-agreement", clause: "A4" },
        hint: "Give the visitor the opportunity to play an active part in the lesson.",
      },
    ]);
  });

  it("warns when the offer is not recorded, unless the visit is a peer visit (A7)", () => {
    expect(activePartOffered.check(managerVisit({ visitDay: "2027-03-18" })).map((f) => f.message)).toEqual([
      "It is not recorded whether the visitor was offered an active part in the lesson.",
    ]);
    expect(activePartOffered.check(peerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
  });
});

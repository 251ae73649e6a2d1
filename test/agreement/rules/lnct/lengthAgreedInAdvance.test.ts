import { describe, expect, it } from "vitest";
import { lengthAgreedInAdvance } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

const A4 = { document: "lnct-agreement", clause: "A4" };

describe("lnct/length-agreed-in-advance (A4)", () => {
  it("passes a length agreed in advance and kept to", () => {
    expect(lengthAgreedInAdvance.check(visit())).toEqual([]);
  });

  it("reports a scheduled visit with no agreed length, at length", () => {
    const findings = lengthAgreedInAdvance.check(visit({ length: undefined }));
    expect(findings.map((f) => [f.ruleId, f.path, f.source])).toEqual([["lnct/length-agreed-in-advance", ["length"], A4]]);
  });

  it("reports a length agreed after the visit", () => {
    const findings = lengthAgreedInAdvance.check(visit({ length: { minutes: 40, agreedOn: "2027-03-20" } }));
    expect(findings.map((f) => f.path)).toEqual([["length", "agreedOn"]]);
  });

  it("reports a stay longer than agreed, but not one as long as agreed", () => {
    const longer = visit({ observation: { notes: "informal", minutesInClass: 41 } });
    expect(lengthAgreedInAdvance.check(longer).map((f) => [f.path, f.message])).toEqual([
      [["observation", "minutesInClass"], "The visitor stayed 41 minutes; 40 minutes were agreed."],
    ]);
    expect(lengthAgreedInAdvance.check(visit({ observation: { minutesInClass: 40 } }))).toEqual([]);
  });

  it("asks no written length of a peer visit (A7), nor of an unscheduled one", () => {
    expect(lengthAgreedInAdvance.check(peerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
    expect(lengthAgreedInAdvance.check(managerVisit({ proposedOn: "2027-02-22" }))).toEqual([]);
  });
});

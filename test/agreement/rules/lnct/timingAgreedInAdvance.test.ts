import { describe, expect, it } from "vitest";
import { timingAgreedInAdvance } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

const A2 = { document: "lnct-agreement", clause: "A2" };

describe("lnct/timing-agreed-in-advance (A2)", () => {
  it("passes timing agreed two weeks ahead, and the day before", () => {
    expect(timingAgreedInAdvance.check(visit())).toEqual([]);
    expect(timingAgreedInAdvance.check(visit({ timingAgreedOn: "2027-03-17" }))).toEqual([]);
  });

  it("reports timing agreed on the visit day, at timingAgreedOn", () => {
    const findings = timingAgreedInAdvance.check(visit({ timingAgreedOn: "2027-03-18" }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "lnct/timing-agreed-in-advance", path: ["timingAgreedOn"], source: A2 });
    expect(findings[0]?.message).toBe(
      "The timing was agreed with the class teacher on 2027-03-18 for a visit on 2027-03-18: the policy asks for agreement at least 1 day(s) ahead.",
    );
  });

  it("counts notice in calendar days, as the policy sets it", () => {
    // 11 March to 18 March is 7 days: enough for a week's notice, not for eight days.
    const agreed = visit({ timingAgreedOn: "2027-03-11" });
    expect(timingAgreedInAdvance.check(agreed, { options: { minimumNoticeDays: 7 } })).toEqual([]);
    expect(timingAgreedInAdvance.check(agreed, { options: { minimumNoticeDays: 8 } })).toHaveLength(1);
  });

  it("reports a scheduled visit whose timing was never agreed, except a peer visit (A7)", () => {
    expect(timingAgreedInAdvance.check(managerVisit({ visitDay: "2027-03-18" })).map((f) => f.path)).toEqual([["timingAgreedOn"]]);
    expect(timingAgreedInAdvance.check(peerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
    expect(timingAgreedInAdvance.check(peerVisit({ visitDay: "2027-03-18", timingAgreedOn: "2027-03-18" }))).toHaveLength(1);
  });

  it("asks nothing before the visit is scheduled", () => {
    expect(timingAgreedInAdvance.check(managerVisit({ timingAgreedOn: "2027-03-04" }))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { trustedPartner } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

const H3 = { document: "sharing-learning-experiences", clause: "H3" };
const pupil = { id: "p-ng", name: "Ng Ka Yan", role: "pupil" as const, seniorPromoted: false, trustedByTeacher: true };

describe("highland/trusted-partner (H3)", () => {
  it("passes a school manager the teacher has confidence in", () => {
    expect(trustedPartner.check(visit())).toEqual([]);
  });

  it("reports a visitor of a kind the policy does not allow, at the visitor's role", () => {
    const findings = trustedPartner.check(peerVisit({ visitors: [pupil] }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source])).toEqual([
      ["highland/trusted-partner", "error", ["visitors", 0, "role"], H3],
    ]);
    expect(findings[0]?.message).toBe(
      "Ng Ka Yan takes part as a pupil, not a kind of partner this policy allows " +
        "(a teacher of the school, a teacher of the ASG, a school manager or a quality improvement officer).",
    );
    expect(trustedPartner.check(peerVisit({ visitors: [pupil] }), { options: { partnerRoles: ["teacher", "pupil"] } })).toEqual([]);
  });

  it("reports a visitor the teacher has no confidence in", () => {
    const findings = trustedPartner.check(
      visit({ visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: false }] }),
    );
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [["visitors", 0, "trustedByTeacher"], "Ms Chan does not have confidence in Mrs Lee as a partner."],
    ]);
  });

  it("asks whether the teacher has confidence, except in a peer visit (A7)", () => {
    expect(trustedPartner.check(managerVisit()).map((f) => f.path)).toEqual([["visitors", 0, "trustedByTeacher"]]);
    expect(trustedPartner.check(peerVisit())).toEqual([]);
  });
});

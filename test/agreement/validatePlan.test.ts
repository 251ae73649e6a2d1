import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basicDetailsBeforeContent, basicDetailsConfirmed, validatePlan } from "../../src/agreement/index.js";
import { samplePlan } from "./records.js";

const early = {
  schools: [
    { id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] },
    { id: "hillside", name: "Hillside College", representatives: [{ name: "Mr Ho" }] },
  ],
};

describe("validatePlan", () => {
  it("passes the sample plan, and a plan whose later details are not known yet", () => {
    expect(validatePlan(samplePlan)).toMatchObject({ ok: true, diagnostics: [] });
    expect(validatePlan(early)).toMatchObject({ ok: true, diagnostics: [] });
    expect(validatePlan({ ...early, basicDetails: { date: "2027-03-18", medium: "English" } }).diagnostics).toEqual([]);
  });

  it("guards S5: content can be confirmed only after complete basic details", () => {
    // A guard validates the plan as it would be once the content is confirmed.
    const wouldBe = (basicDetails: object) => validatePlan({ ...early, basicDetails, content: { confirmedOn: "2027-01-15" } });
    expect(wouldBe({ date: "2027-03-18" }).diagnostics.map((d) => [d.ruleId, d.source?.clause])).toEqual([
      ["sharing/basic-details-before-content", "S5"],
    ]);
    expect(wouldBe({ date: "2027-03-18", confirmedOn: "2026-12-04" }).diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["sharing/basic-details-confirmed", "basicDetails.durationMinutes"],
      ["sharing/basic-details-confirmed", "basicDetails.participants"],
      ["sharing/basic-details-confirmed", "basicDetails.medium"],
    ]);
    expect(wouldBe(samplePlan.basicDetails).ok).toBe(true);
    expect([basicDetailsConfirmed.source.clause, basicDetailsBeforeContent.source.clause]).toEqual(["S3", "S5"]);
  });

  it("reports schema problems with their path", () => {
    const result = validatePlan({ schools: [], basicDetails: { participants: 0, durationMinutes: 90.5 } });
    expect(result.diagnostics.map((d) => d.path.join("."))).toEqual(["schools", "basicDetails.durationMinutes", "basicDetails.participants"]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validatePlan(input).ok).toBe(false);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { basicDetailsBeforeContent } from "../../../../src/agreement/index.js";
import { plan, samplePlan } from "../../records.js";

const S5 = { document: "joint-school-sharing", clause: "S5" };

describe("sharing/basic-details-before-content (S5)", () => {
  it("passes content confirmed after (or on the day of) the basic details, and unconfirmed content", () => {
    expect(basicDetailsBeforeContent.check(plan())).toEqual([]);
    expect(basicDetailsBeforeContent.check(plan({ content: { confirmedOn: "2026-12-04" } }))).toEqual([]);
    expect(basicDetailsBeforeContent.check(plan({ basicDetails: { date: "2027-03-18" }, content: { rundown: ["Opening"] } }))).toEqual([]);
  });

  it("refuses content confirmed before the basic details are, at basicDetails.confirmedOn", () => {
    const findings = basicDetailsBeforeContent.check(plan({ basicDetails: { date: "2027-03-18" }, content: { confirmedOn: "2027-01-15" } }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source, f.message])).toEqual([
      [
        "sharing/basic-details-before-content",
        "error",
        ["basicDetails", "confirmedOn"],
        S5,
        "Content was confirmed on 2027-01-15, but the basic details are not confirmed.",
      ],
    ]);
  });

  it("reports basic details confirmed after the content, at content.confirmedOn", () => {
    const findings = basicDetailsBeforeContent.check(plan({ basicDetails: { ...samplePlan.basicDetails, confirmedOn: "2027-01-20" } }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [["content", "confirmedOn"], "Content was confirmed on 2027-01-15, before the basic details on 2027-01-20."],
    ]);
  });
});

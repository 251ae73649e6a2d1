import { describe, expect, it } from "vitest";
import { focusAgreedBeforeVisit, summaryReport } from "../../src/agreement/index.js";
import { policyOfRule, runExample, samples } from "../../src/agreement/ruleExamples.js";
import { sampleVisit } from "./records.js";

describe("rule examples", () => {
  it("run through a policy of the one rule, built once per rule", () => {
    const policy = policyOfRule(focusAgreedBeforeVisit);
    expect(policy.rules).toEqual({ "lnct/focus-agreed-before-visit": "error" });
    expect(policyOfRule(focusAgreedBeforeVisit)).toBe(policy);
    expect(samples.visit).toBe(sampleVisit);
  });

  it("report schema problems of a malformed example, and judge as of the example's day", () => {
    expect(runExample(focusAgreedBeforeVisit, { input: { visitDay: "soon" } as never }).map((d) => d.ruleId)).toContain("schema/invalid-type");
    expect(runExample(summaryReport, summaryReport.examples.failing).map((d) => d.path)).toEqual([["session", "summaryReport", "dueOn"]]);
  });
});

import { describe, expect, it } from "vitest";
import { agreementRules, defaultAgreementOptions, jointSchoolSharingPolicy } from "../../../src/agreement/index.js";

describe("jointSchoolSharingPolicy", () => {
  it("holds the rules of its document, clause by clause, at their default severities and default settings", () => {
    expect(jointSchoolSharingPolicy.name).toBe("joint-school-sharing");
    const rules = agreementRules.filter((rule) => (jointSchoolSharingPolicy.rules as Record<string, unknown>)[rule.id] !== undefined);
    expect(rules).toHaveLength(3);
    expect(rules.map((rule) => rule.source.clause)).toEqual(["S1", "S3", "S5"]);
    for (const rule of rules) expect((jointSchoolSharingPolicy.rules as Record<string, unknown>)[rule.id]).toBe(rule.defaultSeverity);
    expect(jointSchoolSharingPolicy.options).toEqual(defaultAgreementOptions);
  });
});

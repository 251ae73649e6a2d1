import { describe, expect, it } from "vitest";
import { agreementRules, defaultAgreementOptions, learningCommunityService } from "../../../src/agreement/index.js";

describe("learningCommunityService", () => {
  it("holds the rules of its document, clause by clause, at their default severities and default settings", () => {
    expect(learningCommunityService.name).toBe("learning-community-service");
    const rules = agreementRules.filter((rule) => (learningCommunityService.rules as Record<string, unknown>)[rule.id] !== undefined);
    expect(rules).toHaveLength(4);
    expect(rules.map((rule) => rule.source.clause)).toEqual(["L2", "L3", "L4", "L5"]);
    for (const rule of rules) expect((learningCommunityService.rules as Record<string, unknown>)[rule.id]).toBe(rule.defaultSeverity);
    expect(learningCommunityService.options).toEqual(defaultAgreementOptions);
  });
});

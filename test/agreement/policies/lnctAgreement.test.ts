import { describe, expect, it } from "vitest";
import { agreementRules, defaultAgreementOptions, lnctAgreement } from "../../../src/agreement/index.js";

describe("lnctAgreement", () => {
  it("holds the rules of its document, clause by clause, at their default severities and default settings", () => {
    expect(lnctAgreement.name).toBe("lnct-agreement");
    const rules = agreementRules.filter((rule) => (lnctAgreement.rules as Record<string, unknown>)[rule.id] !== undefined);
    expect(rules).toHaveLength(11);
    expect(rules.map((rule) => rule.source.clause)).toEqual(["A0", "A1", "A2", "A3", "A4", "A4", "A5", "A6", "A7", "A8", "A9"]);
    for (const rule of rules) expect((lnctAgreement.rules as Record<string, unknown>)[rule.id]).toBe(rule.defaultSeverity);
    expect(lnctAgreement.options).toEqual(defaultAgreementOptions);
  });
});

import { describe, expect, it } from "vitest";
import { agreementRules, defaultAgreementOptions, highlandSharing } from "../../../src/agreement/index.js";

describe("highlandSharing", () => {
  it("holds the rules of its document, clause by clause, at their default severities and default settings", () => {
    expect(highlandSharing.name).toBe("highland-sharing");
    const rules = agreementRules.filter((rule) => (highlandSharing.rules as Record<string, unknown>)[rule.id] !== undefined);
    expect(rules).toHaveLength(7);
    expect(rules.map((rule) => rule.source.clause)).toEqual(["H2", "H3", "H4", "H5", "H5", "H5", "H5"]);
    for (const rule of rules) expect((highlandSharing.rules as Record<string, unknown>)[rule.id]).toBe(rule.defaultSeverity);
    expect(highlandSharing.options).toEqual(defaultAgreementOptions);
  });
});

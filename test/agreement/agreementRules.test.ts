import { describe, expect, it } from "vitest";
import { agreementRules, ruleById, RuleIdSchema } from "../../src/agreement/index.js";
import { agreementMessages } from "../../src/agreement/messages.js";
import { runExample } from "../../src/agreement/ruleExamples.js";
import { SourceRefSchema, SeveritySchema } from "../../src/diagnostics/index.js";

const documentOfPrefix = {
  lnct: "lnct-agreement",
  highland: "sharing-learning-experiences",
  community: "learning-communities",
  sharing: "joint-school-sharing",
} as const;

describe("agreementRules", () => {
  it("has one rule per id, each id naming its source document", () => {
    const ids = agreementRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of agreementRules) {
      const prefix = rule.id.split("/")[0] as keyof typeof documentOfPrefix;
      expect(rule.id).toMatch(/^(lnct|highland|community|sharing)\/[a-z]+(-[a-z]+)*$/);
      expect(rule.source.document).toBe(documentOfPrefix[prefix]);
    }
  });

  it("cites the clauses the issue asks for", () => {
    const clauses = new Set(agreementRules.map((rule) => rule.source.clause));
    for (const clause of ["A0", "A1", "A2", "A3", "A4", "A5", "A7", "A8", "A9", "H2", "H3", "H4", "H5", "L2", "L3", "L4", "L5", "S3", "S5"]) {
      expect(clauses.has(clause)).toBe(true);
    }
  });

  it.each(agreementRules.map((rule) => [rule.id, rule] as const))("%s is documented data: clause, severity, description", (_id, rule) => {
    expect(SourceRefSchema.safeParse(rule.source).success).toBe(true);
    expect(SeveritySchema.options).toContain(rule.defaultSeverity);
    expect(rule.description).toBe(agreementMessages[rule.id]);
    expect(Object.isFrozen(rule)).toBe(true);
  });

  it.each(agreementRules.map((rule) => [rule.id, rule] as const))(
    "%s: its passing example passes, its failing example fails with its own clause",
    (_id, rule) => {
      expect(runExample(rule, rule.examples.passing)).toEqual([]);
      const failing = runExample(rule, rule.examples.failing);
      expect(failing.length).toBeGreaterThan(0);
      for (const diagnostic of failing) {
        expect(diagnostic).toMatchObject({ ruleId: rule.id, severity: rule.defaultSeverity, source: rule.source });
        expect(diagnostic.path.length).toBeGreaterThan(0);
      }
    },
  );

  it("finds rules by id, and knows their ids", () => {
    expect(ruleById("highland/trusted-partner")?.source).toEqual({ document: "sharing-learning-experiences", clause: "H3" });
    expect(ruleById("highland/trusted-partners")).toBeUndefined();
    expect(RuleIdSchema.options).toHaveLength(agreementRules.length);
  });
});

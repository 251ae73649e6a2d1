import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import {
  agreementRules,
  classroomVisitPolicy,
  defaultAgreementOptions,
  definePolicy,
  highlandSharing,
  isPolicy,
  lnctAgreement,
  parsePolicy,
} from "../../src/agreement/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";

describe("definePolicy and parsePolicy", () => {
  it("extends policies in order, changes severities and turns rules off", () => {
    const policy = definePolicy({
      name: "Harbour Secondary",
      extends: [lnctAgreement, "highland-sharing"],
      rules: { "lnct/active-part-offered": "off", "highland/dialogue-soon-after-lesson": "error", "community/media-consent": "warning" },
    });
    expect(policy.name).toBe("Harbour Secondary");
    expect(policy.rules["lnct/active-part-offered"]).toBeUndefined();
    expect(policy.rules["highland/dialogue-soon-after-lesson"]).toBe("error");
    expect(policy.rules["lnct/focus-agreed-before-visit"]).toBe("error");
    expect(policy.rules["community/media-consent"]).toBe("warning");
    // 11 LNCT rules + 7 routine rules, one off, one added.
    expect(Object.keys(policy.rules)).toHaveLength(18);
    expect(isPolicy(policy)).toBe(true);
    expect(Object.isFrozen(policy) && Object.isFrozen(policy.rules) && Object.isFrozen(policy.options)).toBe(true);
  });

  it("keeps rules in the registry's order, whatever the order given", () => {
    const policy = definePolicy({ rules: { "sharing/basic-details-confirmed": "error", "lnct/purpose-shared": "warning" } });
    expect(Object.keys(policy.rules)).toEqual(["lnct/purpose-shared", "sharing/basic-details-confirmed"]);
    expect(policy.name).toBe("custom");
  });

  it("overrides settings over the defaults and the extended policies", () => {
    const base = definePolicy({ extends: highlandSharing, options: { dialogueWithinSchoolDays: 3, improvementSteps: { min: 1, max: 2 } } });
    const policy = definePolicy({ extends: base, options: { dialogueWithinSchoolDays: 1 } });
    expect(policy.options).toEqual({ ...defaultAgreementOptions, dialogueWithinSchoolDays: 1, improvementSteps: { min: 1, max: 2 } });
    expect(highlandSharing.options.dialogueWithinSchoolDays).toBe(2);
  });

  it("refuses an unknown rule id with its path and the ids of its document", () => {
    const result = parsePolicy({ extends: "lnct-agreement", rules: { "lnct/focus-agreed-before-vist": "warning" } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: "schema/unknown-rule",
      severity: "error",
      path: ["rules", "lnct/focus-agreed-before-vist"],
      message: 'There is no rule "lnct/focus-agreed-before-vist".',
    });
    expect(result.diagnostics[0]?.hint).toContain("lnct/focus-agreed-before-visit");
    expect(result.diagnostics[0]?.hint).not.toContain("highland/");
    expect(() => definePolicy({ rules: { "lnct/nope": "error" } as never })).toThrow(InvalidInputError);
  });

  it("refuses unknown severities, built-in names, settings and keys, each with its path", () => {
    const result = parsePolicy({
      extends: ["lnct-agreement", "lnct"],
      rules: { "lnct/purpose-shared": "fatal" },
      options: { dialogueWithinSchoolDays: -1, improvementSteps: { min: 4, max: 2 }, colour: "red" },
      severity: "error",
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path.join("."))).toEqual(
      expect.arrayContaining(["extends.1", "rules.lnct/purpose-shared", "options.dialogueWithinSchoolDays", "options", ""]),
    );
    const unknownPolicy = result.diagnostics.find((d) => d.path.join(".") === "extends.1");
    expect(unknownPolicy).toMatchObject({ ruleId: "schema/unknown-policy", message: 'There is no built-in policy "lnct".' });
    expect(parsePolicy({ options: { improvementSteps: { min: 4, max: 2 } } }).diagnostics.map((d) => d.path)).toEqual([
      ["options", "improvementSteps", "max"],
    ]);
  });

  it("restores a stored policy from its JSON", () => {
    const stored = JSON.parse(JSON.stringify(classroomVisitPolicy)) as unknown;
    const restored = parsePolicy(stored);
    expect(restored.ok).toBe(true);
    expect(restored.value).toEqual(classroomVisitPolicy);
  });

  it.each([null, 3, "lnct-agreement", []])("refuses %j as a policy without throwing", (input) => {
    const result = parsePolicy(input);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema/invalid-type", []]]);
  });

  it("is not fooled by a __proto__ key among the rules", () => {
    const result = parsePolicy(JSON.parse('{"rules": {"__proto__": {"polluted": 1}, "lnct/purpose-shared": "error"}}'));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value.rules)).toEqual(["lnct/purpose-shared"]);
    else expect(result.diagnostics.map((d) => d.path[0])).toEqual(["rules"]);
  });

  it("makes a policy of every rule", () => {
    const all = definePolicy({ rules: Object.fromEntries(agreementRules.map((rule) => [rule.id, rule.defaultSeverity])) });
    expect(Object.keys(all.rules)).toEqual(agreementRules.map((rule) => rule.id));
  });

  it("refuses a base that is neither a policy nor a built-in name, in the language asked for", () => {
    const result = parsePolicy({ extends: [lnctAgreement, { rules: {} }] });
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join("."), d.message])).toEqual([
      ["schema/unknown-policy", "extends.1", "Expected a policy made by definePolicy or parsePolicy."],
    ]);
    expect(parsePolicy({ extends: 42 }, { locale: zhHant }).diagnostics.map((d) => d.message)).toEqual(["應為由 definePolicy 或 parsePolicy 建立的規則集。"]);
  });

  it("lists every rule id as the hint for an unknown id that names no document", () => {
    const [unknown] = parsePolicy({ rules: { "focus-agreed-before-visit": "error" } }).diagnostics;
    expect(unknown).toMatchObject({ ruleId: "schema/unknown-rule", path: ["rules", "focus-agreed-before-visit"] });
    expect(unknown?.hint).toBe(`Rule ids: ${agreementRules.map((rule) => rule.id).join(", ")}.`);
  });
});

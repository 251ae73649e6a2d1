import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { focusAgreedBeforeVisit, lnctAgreement, parsePolicy, validateVisit } from "../../src/agreement/index.js";
import { localizeDiagnostics } from "../../src/diagnostics/index.js";

const visit = {
  observedTeacher: { id: "t-chan", name: "Ms Chan" },
  visitors: [{ id: "m-lee", name: "Mr Lee", role: "school-manager", seniorPromoted: true }],
  visitDay: "2027-03-18",
  timingAgreedOn: "2027-03-04",
  observation: { notes: "tick-box" },
};

describe("agreement diagnostics as data", () => {
  it("carry the code and parameters of their message, and the hint of that code", () => {
    const [focus] = validateVisit(visit, lnctAgreement).diagnostics.filter((d) => d.ruleId === "lnct/focus-agreed-before-visit");
    expect(focus).toMatchObject({
      code: "agreement/focus-missing",
      params: { visitDay: "2027-03-18" },
      message: "Focus areas and feedback arrangements were not agreed before the visit on 2027-03-18.",
      hint: "Agree the areas of focus and how feedback will be given before the visit.",
    });
  });

  it("are written again in Traditional Chinese as the validation writes them in Traditional Chinese", () => {
    const english = validateVisit(visit, lnctAgreement).diagnostics;
    const stored = JSON.parse(JSON.stringify(english)) as typeof english;
    expect(english.length).toBeGreaterThan(2);
    expect(localizeDiagnostics(stored, { locale: zhHant })).toEqual(validateVisit(visit, lnctAgreement, { locale: zhHant }).diagnostics);
  });

  it("write schema problems and their hints again in another language", () => {
    const input = { extends: ["lnct-agreemnt"], rules: { "lnct/focus-agreed": "error" } };
    const english = parsePolicy(input).diagnostics;
    expect(english.map((d) => d.code)).toEqual(["agreement/unknown-rule", "agreement/unknown-policy"]);
    expect(english[1]?.hint).toBe("Built-in policies: lnct-agreement, highland-sharing, learning-community-service, joint-school-sharing, classroom-visits.");
    expect(localizeDiagnostics(english, { locale: zhHant })).toEqual(parsePolicy(input, { locale: zhHant }).diagnostics);
  });

  it("report a locale that is not a locale: parsePolicy as a diagnostic, a rule's check by throwing", () => {
    const result = parsePolicy({}, { locale: "zh-Hant" as never });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([["diagnostics/locale.unknown", ["locale"]]]);
    const value = validateVisit(visit, lnctAgreement).value as never;
    expect(focusAgreedBeforeVisit.check(value, { locale: zhHant })[0]?.code).toBe("agreement/focus-missing");
    expect(() => focusAgreedBeforeVisit.check(value, { locale: "zh-Hant" as never })).toThrow();
  });
});

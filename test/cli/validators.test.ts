import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";
import { highlandSharing, jointSchoolSharingPolicy, lnctAgreement, validateSession, validateVisit } from "../../src/agreement/index.js";
import { sampleSession, sampleVisit } from "../../src/agreement/exampleRecords.js";
import { classroomVisitPolicy, learningCommunityService } from "../../src/agreement/index.js";
import { policyFor, validators } from "../../src/cli/validators.js";
import { localizeDiagnostics } from "../../src/diagnostics/localizeDiagnostics.js";
import { jsonSchemaNames } from "../../src/schemas/index.js";

describe("validators", () => {
  it("check every kind of file", () => {
    expect(Object.keys(validators)).toEqual(jsonSchemaNames);
  });

  it("report exactly what the library's validate functions report", () => {
    const graded = { ...sampleVisit, observation: { notes: "tick-box" } };
    expect(validators.visit(graded, {})).toEqual(validateVisit(graded).diagnostics);
    const { session, staff, visits } = sampleSession;
    expect(validators.session(sampleSession, { asOf: "2027-07-01" as never })).toEqual(validateSession(visits, { session, staff, asOf: "2027-07-01" as never }).diagnostics);
  });

  it("refuse a session file with other keys, or that is not an object", () => {
    expect(validators.session({ ...sampleSession, school: "Harbour" }, {}).map((d) => [d.ruleId, d.path])).toEqual([["schema/unrecognized-keys", []]]);
    expect(validators.session([], {}).map((d) => d.ruleId)).toEqual(["schema/invalid-type"]);
  });

  it("use a given policy for the kinds of record it has rules for, and the default for the others", () => {
    expect(policyFor("visit", { policy: lnctAgreement }, classroomVisitPolicy)).toBe(lnctAgreement);
    expect(policyFor("visit", { policy: highlandSharing }, classroomVisitPolicy)).toBe(highlandSharing);
    expect(policyFor("plan", { policy: lnctAgreement }, jointSchoolSharingPolicy)).toBe(jointSchoolSharingPolicy);
    expect(policyFor("community", {}, learningCommunityService)).toBe(learningCommunityService);
  });
});

describe("validators in Traditional Chinese", () => {
  it("report the library's findings in the settings' locale", () => {
    const graded = { ...sampleVisit, observation: { notes: "tick-box" } };
    expect(validators.visit(graded, { locale: zhHant })).toEqual(validateVisit(graded, classroomVisitPolicy, { locale: zhHant }).diagnostics);
    expect(validators.visit(graded, { locale: zhHant })[0]?.message).toBe("課堂筆記以剔選表格記錄。");
  });

  it("write schema problems in Chinese, zod's own with zod's Traditional Chinese wording", () => {
    // zod's zh-TW locale: 無效的輸入值：預期為 {expected}，但收到 {received}
    expect(validators.response({ answers: 3 }, { locale: zhHant }).map((d) => [d.path.join("."), d.message])).toEqual([["answers", "無效的輸入值：預期為 record，但收到 number"]]);
    expect(validators.session([], { locale: zhHant })[0]?.message).toBe("無效的輸入值：預期為 object，但收到 array");
  });
});

describe("validators' findings as data", () => {
  // One broken file of each kind the command line checks with a schema of its own or of the library.
  const broken: readonly [keyof typeof validators, unknown][] = [
    ["response", { answers: 3 }],
    ["responses", [{ respondent: 5 }]],
    ["diagnostic", { ruleId: "", severity: "fatal", path: "x" }],
    ["session", { ...sampleSession, school: "Harbour" }],
    ["calendar", { weekend: ["funday"], terms: [{ name: "T", start: "2027-01-10", end: "2026-12-20" }] }],
    ["visit", { ...sampleVisit, observation: { notes: "tick-box" } }],
  ];

  it("give each finding its message code and parameters", () => {
    for (const [kind, value] of broken) {
      const diagnostics = validators[kind](value, {});
      expect(diagnostics.length, kind).toBeGreaterThan(0);
      for (const diagnostic of diagnostics) {
        expect(diagnostic.code, kind).toMatch(/^[a-z-]+\/./);
        expect(typeof diagnostic.params, kind).toBe("object");
      }
    }
  });

  it("write findings that localizeDiagnostics writes again, word for word, in the language asked for directly", () => {
    for (const [kind, value] of broken) {
      const english = validators[kind](value, {});
      const chinese = validators[kind](value, { locale: zhHant });
      expect(localizeDiagnostics(english, { locale: zhHant }), kind).toEqual(chinese);
      expect(localizeDiagnostics(chinese, { locale: en }), kind).toEqual(english);
    }
  });
});

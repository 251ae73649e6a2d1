import { describe, expect, it } from "vitest";
import {
  agreementRules,
  builtinPolicies,
  classroomVisitPolicy,
  highlandSharing,
  isPolicy,
  jointSchoolSharingPolicy,
  learningCommunityService,
  lnctAgreement,
} from "../../src/agreement/index.js";
import { entriesOf } from "../../src/agreement/policy.js";

const idsWith = (prefix: string) => agreementRules.filter((rule) => rule.id.startsWith(prefix)).map((rule) => rule.id);

describe("policies", () => {
  it("the built-in policies hold each document's rules at their default severities", () => {
    expect(Object.keys(lnctAgreement.rules)).toEqual(idsWith("lnct/"));
    expect(Object.keys(highlandSharing.rules)).toEqual(idsWith("highland/"));
    expect(Object.keys(learningCommunityService.rules)).toEqual(idsWith("community/"));
    expect(Object.keys(jointSchoolSharingPolicy.rules)).toEqual(idsWith("sharing/"));
    expect(Object.keys(classroomVisitPolicy.rules)).toEqual([...idsWith("lnct/"), ...idsWith("highland/")]);
    for (const rule of agreementRules) {
      const holder = Object.values(builtinPolicies).find((policy) => (policy.rules as Record<string, unknown>)[rule.id] !== undefined);
      expect((holder?.rules as Record<string, unknown>)[rule.id]).toBe(rule.defaultSeverity);
    }
  });

  it("the built-in policies are known by name", () => {
    expect(builtinPolicies["lnct-agreement"]).toBe(lnctAgreement);
    expect(Object.entries(builtinPolicies).every(([name, policy]) => policy.name === name)).toBe(true);
  });

  it("only policies made by the library are policies", () => {
    expect(isPolicy(lnctAgreement)).toBe(true);
    expect(isPolicy({ ...lnctAgreement })).toBe(false);
    expect(isPolicy(null)).toBe(false);
    expect(isPolicy("lnct-agreement")).toBe(false);
  });

  it("sorts a policy's rules by what they look at", () => {
    expect(entriesOf(classroomVisitPolicy, "session").map((entry) => entry.rule.id)).toEqual([
      "lnct/summary-report",
      "highland/extended-sharing-twice",
    ]);
    expect(entriesOf(classroomVisitPolicy, "visit")).toHaveLength(16);
    expect(entriesOf(lnctAgreement, "plan")).toEqual([]);
  });
});

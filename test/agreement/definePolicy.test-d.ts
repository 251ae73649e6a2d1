import { describe, expectTypeOf, it } from "vitest";
import { definePolicy, type Policy, type PolicyInput, type RuleId } from "../../src/agreement/index.js";
import type { Severity } from "../../src/diagnostics/index.js";

describe("policy types", () => {
  it("types rule ids, so a typing mistake does not compile", () => {
    definePolicy({ rules: { "lnct/purpose-shared": "warning" } });
    // @ts-expect-error there is no such rule
    definePolicy({ rules: { "lnct/purpose-share": "warning" } });
    // @ts-expect-error "fatal" is not a severity
    definePolicy({ rules: { "lnct/purpose-shared": "fatal" } });
    // @ts-expect-error not a built-in policy name
    definePolicy({ extends: "lnct" });
  });

  it("gives a policy typed rules and settings", () => {
    expectTypeOf(definePolicy({})).toEqualTypeOf<Policy>();
    expectTypeOf<Policy["rules"]>().toEqualTypeOf<Readonly<Partial<Record<RuleId, Severity>>>>();
    expectTypeOf<Policy["options"]["improvementSteps"]>().toEqualTypeOf<{ min: number; max: number }>();
    expectTypeOf<NonNullable<PolicyInput["rules"]>["highland/trusted-partner"]>().toEqualTypeOf<Severity | "off" | undefined>();
  });
});

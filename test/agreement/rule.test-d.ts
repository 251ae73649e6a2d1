import { describe, expectTypeOf, it } from "vitest";
import {
  agreementRules,
  focusAgreedBeforeVisit,
  summaryReport,
  type AgreementRule,
  type ClassroomVisit,
  type RuleId,
  type SessionRecord,
} from "../../src/agreement/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";

describe("rule types", () => {
  it("keeps each rule's id and subject", () => {
    expectTypeOf(focusAgreedBeforeVisit).toEqualTypeOf<AgreementRule<"visit", "lnct/focus-agreed-before-visit">>();
    expectTypeOf(focusAgreedBeforeVisit.check).parameter(0).toEqualTypeOf<ClassroomVisit>();
    expectTypeOf(summaryReport.check).parameter(0).toEqualTypeOf<SessionRecord>();
    expectTypeOf(focusAgreedBeforeVisit.check).returns.toEqualTypeOf<Diagnostic[]>();
  });

  it("derives the union of rule ids from the registry", () => {
    expectTypeOf<"highland/trusted-partner">().toExtend<RuleId>();
    expectTypeOf<"highland/trusted-partners">().not.toExtend<RuleId>();
    expectTypeOf<(typeof agreementRules)[number]["id"]>().toEqualTypeOf<RuleId>();
  });
});

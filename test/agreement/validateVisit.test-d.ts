import { describe, expectTypeOf, it } from "vitest";
import {
  validateCommunity,
  validatePlan,
  validateSession,
  validateVisit,
  type ClassroomVisit,
  type LearningCommunity,
  type Result,
  type SessionRecord,
  type SharingActivityPlan,
} from "../../src/agreement/index.js";

describe("validation result types", () => {
  it("returns a result of the validated record", () => {
    expectTypeOf(validateVisit).returns.toEqualTypeOf<Result<ClassroomVisit>>();
    expectTypeOf(validateSession).returns.toEqualTypeOf<Result<SessionRecord>>();
    expectTypeOf(validateCommunity).returns.toEqualTypeOf<Result<LearningCommunity>>();
    expectTypeOf(validatePlan).returns.toEqualTypeOf<Result<SharingActivityPlan>>();
  });

  it("narrows to a value when ok", () => {
    const result = validateVisit({});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ClassroomVisit>();
    else expectTypeOf(result.value).toEqualTypeOf<ClassroomVisit | undefined>();
    expectTypeOf(validateVisit).parameter(0).toEqualTypeOf<unknown>();
  });
});

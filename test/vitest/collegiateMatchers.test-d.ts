import { describe, expect, expectTypeOf, it } from "vitest";
import { lnctAgreement } from "../../src/agreement/index.js";
import { collegiateMatchers, type CollegiateMatchers, type MatcherResult } from "../../src/vitest/index.js";

describe("the matchers' types", () => {
  it("fit vitest's expect.extend", () => {
    expect.extend(collegiateMatchers);
    expectTypeOf(collegiateMatchers.toHaveDiagnostic).returns.toEqualTypeOf<MatcherResult>();
  });

  it("are added to vitest's assertions by importing collegiate/vitest", () => {
    expect([]).not.toHaveDiagnostic("lnct/purpose-shared", { severity: "error", path: ["purpose"] });
    expect({}).toSatisfyPolicy(lnctAgreement, {});
    expect({}).toSatisfyPolicy("classroom-visits");
    expect({}).toBeScheduledBefore("S3", "2027-01-01");
    // @ts-expect-error a policy is a policy or the name of a built-in one
    expect({}).toSatisfyPolicy("lnct");
    // @ts-expect-error the day the stage is due before is needed
    expect({}).toBeScheduledBefore("S3");
    // @ts-expect-error severities are error, warning and info
    expect([]).toHaveDiagnostic("x/y", { severity: "fatal" });
  });

  it("can type another runner's assertions", () => {
    expectTypeOf<CollegiateMatchers<void>["toBeScheduledBefore"]>().returns.toBeVoid();
    expectTypeOf<CollegiateMatchers<Promise<void>>["toHaveDiagnostic"]>().parameter(0).toBeString();
  });
});

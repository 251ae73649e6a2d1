import { describe, expect, it } from "vitest";
import { AgreementOptionsSchema, defaultAgreementOptions } from "../../src/agreement/index.js";

describe("agreement options", () => {
  it("has defaults the schema accepts, as the documents read", () => {
    expect(AgreementOptionsSchema.parse(defaultAgreementOptions)).toEqual(defaultAgreementOptions);
    expect(defaultAgreementOptions.dialogueWithinSchoolDays).toBe(2);
    expect(defaultAgreementOptions.improvementSteps).toEqual({ min: 1, max: 3 });
    expect(defaultAgreementOptions.extendedSharingPerSession).toBe(2);
    expect(defaultAgreementOptions.partnerRoles).toEqual(["teacher", "asg-teacher", "school-manager", "quality-improvement-officer"]);
    expect(Object.isFrozen(defaultAgreementOptions)).toBe(true);
  });

  it("refuses bounds the wrong way round and unknown settings", () => {
    const result = AgreementOptionsSchema.partial().safeParse({ improvementSteps: { min: 3, max: 1 }, dialogueDays: 2 });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["improvementSteps.max", ""]);
  });
});

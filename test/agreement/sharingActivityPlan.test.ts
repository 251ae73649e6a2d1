import { describe, expect, it } from "vitest";
import { SharingActivityPlanSchema } from "../../src/agreement/index.js";
import { samplePlan } from "./records.js";

describe("SharingActivityPlanSchema", () => {
  it("accepts a plan at every stage: schools only, some details, all confirmed", () => {
    expect(SharingActivityPlanSchema.safeParse({ schools: [{ id: "harbour", name: "Harbour" }] }).success).toBe(true);
    expect(SharingActivityPlanSchema.safeParse({ ...samplePlan, content: undefined, basicDetails: { medium: "English" } }).success).toBe(true);
    expect(SharingActivityPlanSchema.safeParse(samplePlan).success).toBe(true);
  });

  it("refuses a school listed twice", () => {
    const result = SharingActivityPlanSchema.safeParse({ schools: [{ id: "harbour", name: "A" }, { id: "harbour", name: "B" }] });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message, (issue as { params?: { values?: unknown } }).params?.values])).toEqual([[["schools", 1, "id"], "agreement/schema.duplicate-school", { id: "harbour" }]]);
  });
});

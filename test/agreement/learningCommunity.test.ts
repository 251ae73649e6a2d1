import { describe, expect, it } from "vitest";
import { LearningCommunitySchema, MediaKindSchema } from "../../src/agreement/index.js";
import { sampleCommunity } from "./records.js";

describe("LearningCommunitySchema", () => {
  it("accepts the sample community, and one with schools only", () => {
    expect(LearningCommunitySchema.safeParse(sampleCommunity).success).toBe(true);
    expect(LearningCommunitySchema.safeParse({ name: "Reading", schools: [{ id: "harbour", name: "Harbour" }] }).success).toBe(true);
  });

  it("refuses references to unknown schools and a period that ends before it starts", () => {
    const result = LearningCommunitySchema.safeParse({
      ...sampleCommunity,
      period: { start: "2027-07-16", end: "2026-09-01" },
      media: [{ school: "nowhere", kind: "video", collectedOn: "2026-10-01" }],
      resources: [{ title: "Cards", school: "nowhere" }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["media.0.school", "resources.0.school", "period.end"]);
  });

  it("names the kinds of material", () => {
    expect(MediaKindSchema.options).toEqual(["video", "photograph", "teachers-reflection", "student-work"]);
  });
});

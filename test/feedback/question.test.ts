import { describe, expect, it } from "vitest";
import { ChoiceOptionSchema, FreeTextCategorySchema, LikertQuestionSchema, QuestionSchema } from "../../src/index.js";

describe("question schemas", () => {
  it("accept Likert scales of 2 to 11 points only", () => {
    const likert = (points: number) => ({ kind: "likert", id: "q", text: "Q", scale: Array.from({ length: points }, (_, i) => `P${i + 1}`) });
    expect([1, 2, 5, 11, 12].map((points) => LikertQuestionSchema.safeParse(likert(points)).success)).toEqual([false, true, true, true, false]);
  });

  it("tell kinds apart and refuse unknown keys", () => {
    expect(QuestionSchema.parse({ kind: "rating", id: "r", text: "R" })).toEqual({ kind: "rating", id: "r", text: "R" });
    expect(QuestionSchema.safeParse({ kind: "yes-no", id: "r", text: "R", scale: ["a"] }).success).toBe(false);
  });

  it("need choice questions to offer two options or more, with ids", () => {
    expect(QuestionSchema.safeParse({ kind: "single-choice", id: "c", text: "C", options: [{ id: "only", label: "Only" }] }).success).toBe(false);
    expect(ChoiceOptionSchema.safeParse({ id: "has space", label: "X" }).success).toBe(false);
  });

  it("know the four free-text categories", () => {
    expect(FreeTextCategorySchema.options).toEqual(["wow", "wonder", "suggestion", "comment"]);
  });
});

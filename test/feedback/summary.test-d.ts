import { describe, expectTypeOf, it } from "vitest";
import type { FeedbackOptions, FeedbackSummary, GroupSummary, QuestionSummary, ScaleQuestionSummary } from "../../src/feedback/index.js";

describe("summary types", () => {
  it("narrow by status and by kind", () => {
    expectTypeOf<Extract<GroupSummary, { status: "hidden" }>>().not.toHaveProperty("respondents");
    expectTypeOf<Extract<GroupSummary, { status: "published" }>["respondents"]>().toEqualTypeOf<number>();
    expectTypeOf<QuestionSummary & { kind: "rating" }>().toExtend<ScaleQuestionSummary>();
    expectTypeOf<Extract<QuestionSummary, { kind: "free-text" }>["texts"][number]["text"]>().toEqualTypeOf<string>();
    expectTypeOf<ScaleQuestionSummary["mean"]>().toEqualTypeOf<number | null>();
    expectTypeOf<FeedbackSummary["overall"]>().toEqualTypeOf<GroupSummary>();
  });

  it("makes every option optional and checks grouping attributes", () => {
    expectTypeOf<{}>().toExtend<FeedbackOptions>();
    expectTypeOf<{ groupBy: ["school", "role"]; minGroupSize: 5 }>().toExtend<FeedbackOptions>();
    expectTypeOf<{ groupBy: ["colour"] }>().not.toExtend<FeedbackOptions>();
  });
});

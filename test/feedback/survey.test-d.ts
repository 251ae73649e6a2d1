import { describe, expectTypeOf, it } from "vitest";
import {
  defineSurvey,
  type FeedbackAccumulator,
  type FeedbackResponse,
  type Question,
  type QuestionKind,
  type Survey,
  type SurveyInput,
} from "../../src/feedback/index.js";

describe("survey types", () => {
  it("accepts plain objects and tells question kinds apart", () => {
    expectTypeOf<{ id: string; title: string; questions: { kind: "yes-no"; id: string; text: string }[] }>().toExtend<SurveyInput>();
    expectTypeOf<QuestionKind>().toEqualTypeOf<"likert" | "rating" | "single-choice" | "multiple-choice" | "yes-no" | "free-text">();
    expectTypeOf<Extract<Question, { kind: "likert" }>["scale"]>().toEqualTypeOf<string[]>();
    expectTypeOf(defineSurvey).returns.toEqualTypeOf<Survey>();
  });

  it("rejects an unknown kind or category at compile time", () => {
    // @ts-expect-error "slider" is not a question kind
    defineSurvey({ id: "s", title: "S", questions: [{ kind: "slider", id: "q", text: "Q" }] });
    // @ts-expect-error "praise" is not a free-text category
    defineSurvey({ id: "s", title: "S", questions: [{ kind: "free-text", id: "q", text: "Q", category: "praise" }] });
  });
});

describe("response and accumulator types", () => {
  it("has optional grouping attributes and answers of the accepted shapes", () => {
    expectTypeOf<FeedbackResponse["school"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FeedbackResponse["answers"][string]>().toEqualTypeOf<string | number | boolean | string[] | null>();
    expectTypeOf<FeedbackAccumulator["cells"][number]["school"]>().toEqualTypeOf<string | null>();
    expectTypeOf<FeedbackAccumulator["survey"]>().toEqualTypeOf<Survey>();
  });
});

import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import {
  en,
  addResponses,
  agreementScale,
  createAccumulator,
  defineSurvey,
  jointSchoolEvaluationSurvey,
  localizeSurvey,
  summarize,
  wowsAndWondersSurvey,
  type Survey,
} from "../../src/feedback/index.js";

/** A survey's structure without its wording: what counting depends on. */
function structure(survey: Survey): unknown {
  return {
    id: survey.id,
    source: survey.source,
    questions: survey.questions.map((q) => ({
      kind: q.kind,
      id: q.id,
      points: "scale" in q ? q.scale.length : undefined,
      options: "options" in q ? q.options.map((option) => option.id) : undefined,
      category: "category" in q ? q.category : undefined,
    })),
  };
}

describe("localizeSurvey", () => {
  it("gives the Traditional Chinese edition of each built-in survey: the same structure, Chinese wording", () => {
    for (const survey of [jointSchoolEvaluationSurvey, wowsAndWondersSurvey]) {
      const chinese = localizeSurvey(survey, zhHant);
      expect(structure(chinese)).toEqual(structure(survey));
      expect(chinese.title).not.toBe(survey.title);
      for (const question of chinese.questions) expect(question.text, question.id).toMatch(/[\u3400-\u9fff]/);
    }
    const goals = localizeSurvey(jointSchoolEvaluationSurvey, zhHant).questions[0];
    expect(goals).toEqual({ kind: "likert", id: "goals", text: "活動達到工作小組議定的目標。", scale: ["非常不同意", "不同意", "中立", "同意", "非常同意"] });
  });

  it("goes back to the English edition, also from a survey read back from JSON", () => {
    const chinese = localizeSurvey(wowsAndWondersSurvey, zhHant);
    expect(localizeSurvey(chinese, en)).toBe(wowsAndWondersSurvey);
    expect(localizeSurvey(JSON.parse(JSON.stringify(chinese)) as Survey, en)).toBe(wowsAndWondersSurvey);
    expect(localizeSurvey(chinese, zhHant)).toBe(chinese);
  });

  it("returns a school's own survey as it is, even one that borrows a built-in id", () => {
    const own = defineSurvey({ id: "check-in", title: "課後問卷", questions: [{ kind: "yes-no", id: "met", text: "有見面嗎？" }] });
    expect(localizeSurvey(own, en)).toBe(own);
    const borrowed = defineSurvey({ id: "wows-and-wonders", title: "Our wows", questions: [{ kind: "likert", id: "on-track", text: "On track?", scale: [...agreementScale] }] });
    expect(localizeSurvey(borrowed, zhHant)).toBe(borrowed);
  });

  it("counts a response to either edition the same way, in accumulators of one edition", () => {
    const response = { school: "海港中學", answers: { goals: 4, useful: ["observation"], again: true } };
    const english = addResponses(createAccumulator(jointSchoolEvaluationSurvey), [response]);
    const chinese = addResponses(createAccumulator(localizeSurvey(jointSchoolEvaluationSurvey, zhHant)), [response]);
    expect(chinese.accumulator.cells).toEqual(english.accumulator.cells);
    expect(summarize(chinese.accumulator, { minGroupSize: 3 }).overall.status).toBe(summarize(english.accumulator, { minGroupSize: 3 }).overall.status);
  });

  it("refuses an unknown locale, or no survey, with an InvalidInputError naming the argument", () => {
    expect(() => localizeSurvey(jointSchoolEvaluationSurvey, "zh-TW" as never)).toThrow(
      expect.objectContaining({ name: "InvalidInputError", diagnostics: [expect.objectContaining({ path: ["locale"] })] }),
    );
    expect(() => localizeSurvey(null as never, en)).toThrow(expect.objectContaining({ name: "InvalidInputError" }));
  });
});

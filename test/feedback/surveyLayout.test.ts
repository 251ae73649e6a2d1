import { describe, expect, it } from "vitest";
import { surveyLayout } from "../../src/feedback/surveyLayout.js";
import { sampleSurvey } from "../support/feedback.js";

describe("surveyLayout", () => {
  it("gives each counted question an answered slot and one slot per point or option", () => {
    const layout = surveyLayout(sampleSurvey);
    // useful 1 + 3, recommend 1 + 11, length 1 + 3, parts 1 + 2, again 1 + 2: 4 + 12 + 4 + 3 + 3 = 26 slots.
    expect(layout.counted.map((q) => [q.question.id, q.offset, q.values])).toEqual([
      ["useful", 0, 3],
      ["recommend", 4, 11],
      ["length", 16, 3],
      ["parts", 20, 2],
      ["again", 23, 2],
    ]);
    expect(layout.width).toBe(26);
    expect(layout.texts.map((q) => q.question.id)).toEqual(["wow"]);
  });

  it("is built once per survey", () => {
    expect(surveyLayout(sampleSurvey)).toBe(surveyLayout(sampleSurvey));
  });
});

describe("surveyLayout of a survey its owner can still change", () => {
  it("reads a plain object again on each call, so a change is seen", () => {
    const survey = JSON.parse(JSON.stringify(sampleSurvey)) as { questions: { id: string }[] };
    const before = surveyLayout(survey as never);
    survey.questions = survey.questions.slice(1);
    const after = surveyLayout(survey as never);
    expect(after.counted.length + after.texts.length).toBe(before.counted.length + before.texts.length - 1);
  });

  it("gives a defined (frozen) survey the same layout on every call", () => {
    expect(surveyLayout(sampleSurvey)).toEqual(surveyLayout(sampleSurvey));
  });
});

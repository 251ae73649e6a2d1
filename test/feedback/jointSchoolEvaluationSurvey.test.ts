import { describe, expect, it } from "vitest";
import { aggregateFeedback, jointSchoolEvaluationSurvey, parseSurvey } from "../../src/index.js";

describe("jointSchoolEvaluationSurvey", () => {
  it("is a valid survey that cites S9 and asks about each stage, a rating, choices and suggestions", () => {
    expect(parseSurvey(JSON.parse(JSON.stringify(jointSchoolEvaluationSurvey))).ok).toBe(true);
    expect(jointSchoolEvaluationSurvey.source).toEqual({ document: "joint-school-sharing", clause: "S9" });
    expect(jointSchoolEvaluationSurvey.questions.map((q) => `${q.id}:${q.kind}`)).toEqual([
      "goals:likert",
      "content:likert",
      "rundown:likert",
      "arrangements:likert",
      "practice:likert",
      "recommend:rating",
      "useful:multiple-choice",
      "duration:single-choice",
      "again:yes-no",
      "went-well:free-text",
      "suggestions:free-text",
    ]);
    const suggestions = jointSchoolEvaluationSurvey.questions.find((q) => q.id === "suggestions");
    expect(suggestions?.kind === "free-text" && suggestions.category).toBe("suggestion");
  });

  it("takes a typical response without a diagnostic", () => {
    const response = {
      school: "Harbour Secondary",
      role: "teacher",
      answers: { goals: 4, content: 5, rundown: 3, arrangements: 4, practice: 5, recommend: 9, useful: ["observation", "dialogue"], duration: "full-day", again: true, "went-well": "The dialogue", suggestions: "More time" },
    };
    expect(aggregateFeedback(jointSchoolEvaluationSurvey, [response]).diagnostics).toEqual([]);
  });
});

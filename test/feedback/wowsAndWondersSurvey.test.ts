import { describe, expect, it } from "vitest";
import { aggregateFeedback, parseSurvey, wowsAndWondersSurvey, type FreeTextQuestionSummary } from "../../src/index.js";

describe("wowsAndWondersSurvey", () => {
  it("is a valid survey that cites P5, with a wow and a wonder question", () => {
    expect(parseSurvey(JSON.parse(JSON.stringify(wowsAndWondersSurvey))).ok).toBe(true);
    expect(wowsAndWondersSurvey.source).toEqual({ document: "peer-coaching-programme", clause: "P5" });
    const categories = wowsAndWondersSurvey.questions.flatMap((q) => (q.kind === "free-text" ? [`${q.id}:${q.category}`] : []));
    expect(categories).toEqual(["wow:wow", "wonder:wonder"]);
  });

  it("keeps wows and wonders apart, each sorted, with no link between one person's wow and wonder", () => {
    const responses = [
      { answers: { wow: "Co-planning", wonder: "How to observe online?" } },
      { answers: { wow: "Video feedback", wonder: "Time?" } },
      { answers: { wow: "Co-planning" } },
      { answers: { wonder: "Time?" } },
      { answers: { "on-track": 4 } },
    ];
    const summary = aggregateFeedback(wowsAndWondersSurvey, responses, { minCommentGroupSize: 5 });
    if (summary.overall.status !== "published") throw new Error("expected a published summary");
    const texts = (id: string) => (summary.overall.status === "published" ? (summary.overall.questions.find((q) => q.questionId === id) as FreeTextQuestionSummary).texts : []);
    expect(texts("wow")).toEqual([
      { text: "Co-planning", count: 2 },
      { text: "Video feedback", count: 1 },
    ]);
    expect(texts("wonder")).toEqual([
      { text: "How to observe online?", count: 1 },
      { text: "Time?", count: 2 },
    ]);
  });
});

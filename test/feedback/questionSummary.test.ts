import { describe, expect, it } from "vitest";
import { countedQuestionSummary } from "../../src/feedback/questionSummary.js";
import { scalePoints, surveyLayout } from "../../src/feedback/surveyLayout.js";
import { defineSurvey } from "../../src/index.js";

const survey = defineSurvey({
  id: "boxes",
  title: "Boxes",
  questions: [
    { kind: "likert", id: "two", text: "Two points", scale: ["No", "Yes"] },
    { kind: "likert", id: "four", text: "Four points", scale: ["--", "-", "+", "++"] },
    { kind: "rating", id: "rating", text: "Rating", lowLabel: "Never", highLabel: "Always" },
  ],
});
const layout = surveyLayout(survey);

describe("scalePoints", () => {
  it("numbers Likert points from 1 and ratings from 0, labelling the ends of a rating", () => {
    expect(scalePoints({ kind: "likert", id: "q", text: "Q", scale: ["No", "Yes"] })).toEqual([
      { value: 1, label: "No" },
      { value: 2, label: "Yes" },
    ]);
    const rating = scalePoints({ kind: "rating", id: "r", text: "R", lowLabel: "Never", highLabel: "Always" });
    expect(rating.map((point) => point.label)).toEqual(["0 (Never)", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10 (Always)"]);
  });
});

describe("countedQuestionSummary", () => {
  it("uses one-point boxes on scales under four points and two-point boxes from four", () => {
    // Slots: two = [answered, No, Yes], four = [answered, --, -, +, ++], then the rating's twelve.
    const tally = new Float64Array(layout.width);
    tally.set([3, 1, 2], 0);
    tally.set([4, 1, 1, 1, 1], 3);
    const [two, four] = layout.counted;
    if (two === undefined || four === undefined) throw new Error("layout");
    const twoPoints = countedQuestionSummary(two, tally, 5);
    const fourPoints = countedQuestionSummary(four, tally, 5);
    if (twoPoints.kind !== "likert" || fourPoints.kind !== "likert") throw new Error("kind");
    expect([twoPoints.topBox.values, twoPoints.bottomBox.values, twoPoints.topBox.count]).toEqual([[2], [1], 2]);
    expect([fourPoints.topBox.values, fourPoints.bottomBox.values, fourPoints.topBox.count]).toEqual([[3, 4], [1, 2], 2]);
    expect(twoPoints.missing).toBe(2);
  });

  it("has no net score and no shares when nobody answered a rating", () => {
    const rating = layout.counted[2];
    if (rating === undefined) throw new Error("layout");
    const summary = countedQuestionSummary(rating, new Float64Array(layout.width), 5);
    expect(summary.kind === "rating" && [summary.netScore, summary.mean, summary.topBox.share, summary.topBox.interval]).toEqual([null, null, null, null]);
  });
});

import { describe, expect, it } from "vitest";
import { addResponses, createAccumulator, defineSurvey, InvalidInputError, parseAccumulator, type Survey } from "../../src/index.js";
import { sampleSurvey } from "../support/feedback.js";

describe("createAccumulator", () => {
  it("starts empty and carries the survey", () => {
    const accumulator = createAccumulator(sampleSurvey);
    expect(accumulator).toEqual({
      format: "collegiate/feedback-accumulator@1",
      survey: sampleSurvey,
      cells: [],
      respondentIds: [],
      countedTwice: [],
      refused: { responses: 0, answers: 0 },
    });
  });

  it("refuses a hand-made survey object that is not valid", () => {
    const broken = { id: "x", title: "X", questions: [] } as unknown as Survey;
    expect(() => createAccumulator(broken)).toThrow(InvalidInputError);
  });
});

describe("parseAccumulator", () => {
  const counted = addResponses(createAccumulator(sampleSurvey), [
    { respondentId: "b", school: "B", answers: { useful: 2, wow: "Pairs" } },
    { respondentId: "a", school: "A", answers: { parts: ["dialogue"] } },
  ]).accumulator;

  it("reads back what was stored as JSON", () => {
    const result = parseAccumulator(JSON.parse(JSON.stringify(counted)));
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(counted);
  });

  it("puts cells in canonical order", () => {
    const shuffled = { ...counted, cells: [...counted.cells].reverse() };
    expect(parseAccumulator(shuffled).value?.cells.map((cell) => cell.school)).toEqual(["A", "B"]);
  });

  it("reports shape problems with their paths", () => {
    const result = parseAccumulator({ ...counted, refused: { responses: -1, answers: 0 } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path.join("."))).toEqual(["refused.responses"]);
  });

  it("reports counts that do not fit the survey or do not add up", () => {
    const [first, second] = counted.cells;
    if (first === undefined || second === undefined) throw new Error("expected two cells");
    const result = parseAccumulator({
      ...counted,
      respondentIds: ["b", "a"],
      cells: [
        // Three counts where a 3-point question needs four.
        { ...first, counts: { ...first.counts, useful: [1, 0, 0] } },
        // No respondents, but a Likert answer, a yes/no answer and a text.
        { ...second, respondents: 0, counts: { ...second.counts, again: [1, 0, 0], extra: [0] } },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.path.join(".")}`)).toEqual([
      "feedback/accumulator-inconsistent respondentIds",
      "feedback/accumulator-inconsistent cells.0.counts.useful",
      "feedback/accumulator-inconsistent cells.1.counts.useful",
      // [1, 0, 0]: one answer from no respondent, and no yes or no to account for it.
      "feedback/accumulator-inconsistent cells.1.counts.again",
      "feedback/accumulator-inconsistent cells.1.counts.again",
      "feedback/accumulator-inconsistent cells.1.texts.wow",
      "feedback/accumulator-inconsistent cells.1.counts.extra",
    ]);
  });

  it("reports ids counted twice out of order, and free-text counts missing or out of order", () => {
    const [first, second] = counted.cells;
    if (first === undefined || second === undefined) throw new Error("expected two cells");
    const { wow: _wow, ...withoutTexts } = second.texts;
    const result = parseAccumulator({
      ...counted,
      countedTwice: ["b", "a"],
      cells: [
        { ...first, respondents: 2, texts: { wow: [{ text: "Video", count: 1 }, { text: "Pairs", count: 1 }] } },
        { ...second, texts: withoutTexts },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.path.join(".")}: ${d.message}`)).toEqual([
      "countedTwice: The accumulator's counts do not fit the survey: ids counted twice must be sorted and unique.",
      "cells.0.texts.wow: The accumulator's counts do not fit the survey: texts must be sorted and unique.",
      "cells.1.texts.wow: The accumulator's counts do not fit the survey: missing free-text counts.",
    ]);
  });

  it("reports an accumulator whose survey is not valid", () => {
    const result = parseAccumulator({ ...counted, survey: { ...sampleSurvey, questions: [] } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.path).toEqual(["survey", "questions"]);
  });

  it("keeps a survey with the same questions readable after a round trip", () => {
    const survey = defineSurvey({ id: "s", title: "S", questions: [{ kind: "yes-no", id: "q", text: "Q?" }] });
    expect(parseAccumulator(JSON.parse(JSON.stringify(createAccumulator(survey)))).ok).toBe(true);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { addResponse, addResponses, createAccumulator, FeedbackAccumulatorSchema } from "../../src/feedback/index.js";
import { responsesArbitrary, sampleSurvey } from "../support/feedback.js";

const empty = createAccumulator(sampleSurvey);

describe("addResponses", () => {
  it("counts answers into one cell per combination of grouping attributes", () => {
    const { accumulator, diagnostics } = addResponses(empty, [
      { school: "A", role: "teacher", answers: { useful: 3, recommend: 9, length: "same", parts: ["dialogue"], again: true, wow: "Pairs" } },
      { school: "A", role: "teacher", answers: { useful: 1, parts: [], again: false, wow: "  Pairs  " } },
      { school: "B", answers: { useful: null, wow: "" } },
    ]);
    expect(diagnostics).toEqual([]);
    expect(accumulator.cells).toEqual([
      {
        school: "A",
        role: "teacher",
        activity: null,
        session: null,
        respondents: 2,
        // [answered, then one count per point or option]
        counts: {
          useful: [2, 1, 0, 1],
          recommend: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
          length: [1, 0, 1, 0],
          parts: [2, 0, 1],
          again: [2, 1, 1],
        },
        // Texts are trimmed and counted, never kept with a respondent.
        texts: { wow: [{ text: "Pairs", count: 2 }] },
      },
      {
        school: "B",
        role: null,
        activity: null,
        session: null,
        respondents: 1,
        counts: { useful: [0, 0, 0, 0], recommend: Array(12).fill(0), length: [0, 0, 0, 0], parts: [0, 0, 0], again: [0, 0, 0] },
        texts: { wow: [] },
      },
    ]);
  });

  it("leaves out each bad answer with a diagnostic and keeps the rest of the response", () => {
    const { accumulator, diagnostics } = addResponses(empty, [
      { school: "A", answers: { useful: 4, recommend: 7, length: "forever", parts: ["dialogue", "dialogue"], again: "yes", wow: 3, colour: "blue" } },
      { school: "A", answers: { useful: 2.5, recommend: -1, parts: "dialogue" } },
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["feedback/value-outside-scale", "0.answers.useful"],
      ["feedback/unknown-option", "0.answers.length"],
      ["feedback/repeated-option", "0.answers.parts"],
      ["feedback/wrong-answer-type", "0.answers.again"],
      ["feedback/wrong-answer-type", "0.answers.wow"],
      ["feedback/unknown-question", "0.answers.colour"],
      ["feedback/value-outside-scale", "1.answers.useful"],
      ["feedback/value-outside-scale", "1.answers.recommend"],
      ["feedback/wrong-answer-type", "1.answers.parts"],
    ]);
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(diagnostics[0]?.message).toBe('The answer 4 to "useful" is not a point of its scale (1 to 3); it is left out.');
    expect(diagnostics[3]?.message).toBe('The answer to "again" (yes-no question) should be true or false, not text; it is left out.');
    // Both responses count as respondents; only the rating 7 was a valid answer.
    expect(accumulator.cells[0]?.respondents).toBe(2);
    expect(accumulator.cells[0]?.counts["recommend"]?.[0]).toBe(1);
    expect(accumulator.cells[0]?.counts["useful"]?.[0]).toBe(0);
    expect(accumulator.refused).toEqual({ responses: 0, answers: 9 });
  });

  it("refuses a second response from the same respondent, and malformed responses, whole", () => {
    const { accumulator, diagnostics } = addResponses(empty, [
      { respondentId: "t1", school: "A", answers: { useful: 3 } },
      { respondentId: "t1", school: "A", answers: { useful: 1 } },
      { schol: "A", answers: {} },
      "not a response",
      { school: "", answers: {} },
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["feedback/duplicate-respondent", "1.respondentId"],
      ["schema/unrecognized-keys", "2"],
      ["schema/invalid-type", "3"],
      ["schema/too-small", "4.school"],
    ]);
    expect(accumulator.refused).toEqual({ responses: 4, answers: 0 });
    expect(accumulator.respondentIds).toEqual(["t1"]);
    expect(accumulator.cells.map((cell) => [cell.school, cell.respondents, cell.counts["useful"]])).toEqual([["A", 1, [1, 0, 0, 1]]]);
  });

  it("reads answers to questions named like Object.prototype members only when given", () => {
    const survey = { ...sampleSurvey, questions: [{ kind: "yes-no" as const, id: "constructor", text: "Built?" }] };
    const accumulator = createAccumulator(survey);
    const { accumulator: counted, diagnostics } = addResponses(accumulator, [{ answers: {} }, { answers: { constructor: true } }]);
    expect(diagnostics).toEqual([]);
    expect(counted.cells[0]?.counts["constructor"]).toEqual([1, 0, 1]);
  });

  it("says what each question expects and what a wrong answer is, in English and Chinese", () => {
    const wrong = [
      { answers: { useful: "Agree" } },
      { answers: { useful: true } },
      { answers: { length: 2 } },
      { answers: { recommend: {} } },
      { answers: { again: () => true } },
    ];
    const english = addResponses(empty, wrong).diagnostics;
    expect(english.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["feedback/wrong-answer-type", "0.answers.useful"],
      ["feedback/wrong-answer-type", "1.answers.useful"],
      ["feedback/wrong-answer-type", "2.answers.length"],
      ["feedback/wrong-answer-type", "3.answers.recommend"],
      ["feedback/wrong-answer-type", "4.answers.again"],
    ]);
    expect(english.map((d) => d.message)).toEqual([
      'The answer to "useful" (likert question) should be a whole number from 1 to 3, not text; it is left out.',
      'The answer to "useful" (likert question) should be a whole number from 1 to 3, not true; it is left out.',
      'The answer to "length" (single-choice question) should be one option id, not 2; it is left out.',
      'The answer to "recommend" (rating question) should be a whole number from 0 to 10, not an object; it is left out.',
      'The answer to "again" (yes-no question) should be true or false, not function; it is left out.',
    ]);
    const chinese = addResponses(empty, wrong.slice(0, 1), { locale: zhHant }).diagnostics;
    expect(chinese[0]?.message).toBe("問題「useful」（likert題）的答案應為1至3的整數，而非文字；不予計算。");
  });

  it("leaves out a multiple-choice answer whole when one of its options is not an id", () => {
    const { accumulator, diagnostics } = addResponses(empty, [{ answers: { parts: ["dialogue", 1] } }, { answers: { parts: ["observation"] } }]);
    expect(diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([["feedback/wrong-answer-type", "0.answers.parts"]]);
    expect(diagnostics[0]?.message).toBe('The answer to "parts" (multiple-choice question) should be a list of option ids, not a list holding 1; it is left out.');
    const nested = addResponses(empty, [{ answers: { parts: ["dialogue", ["observation"]] } }, { answers: { parts: [null] } }], { locale: zhHant }).diagnostics;
    expect(nested.map((d) => d.message)).toEqual([
      "問題「parts」（multiple-choice題）的答案應為一列選項代號，而非含有一列數值的一列數值；不予計算。",
      "問題「parts」（multiple-choice題）的答案應為一列選項代號，而非含有null的一列數值；不予計算。",
    ]);
    // Only the second response's choice is counted: dialogue was not counted for the first.
    expect(accumulator.cells[0]?.counts["parts"]).toEqual([1, 1, 0]);
    expect(accumulator.refused).toEqual({ responses: 0, answers: 1 });
  });

  it("reads a free-text answer to a question named like an Object.prototype member only when given", () => {
    const survey = { ...sampleSurvey, questions: [{ kind: "free-text" as const, id: "toString", text: "Anything else?", category: "comment" as const }] };
    const { accumulator, diagnostics } = addResponses(createAccumulator(survey), [{ answers: {} }, { answers: { toString: " More time " } }]);
    expect(diagnostics).toEqual([]);
    expect(accumulator.cells[0]?.texts["toString"]).toEqual([{ text: "More time", count: 1 }]);
  });

  it("orders cells that differ only in their session, the unstated session first", () => {
    const { accumulator } = addResponses(empty, [
      { school: "A", session: "2026/27", answers: {} },
      { school: "A", session: "2025/26", answers: {} },
      { school: "A", answers: {} },
      { school: "A", role: "teacher", answers: {} },
    ]);
    expect(accumulator.cells.map((cell) => [cell.role, cell.session])).toEqual([
      [null, null],
      [null, "2025/26"],
      [null, "2026/27"],
      ["teacher", null],
    ]);
  });

  it("trims grouping values given with spaces around them, through the schema", () => {
    const { accumulator, diagnostics } = addResponses(empty, [
      { school: "A", activity: " Lesson study ", answers: { again: true } },
      { school: "A", activity: "Lesson study", session: "2026/27 ", answers: { again: true } },
    ]);
    expect(diagnostics).toEqual([]);
    expect(accumulator.cells.map((cell) => [cell.activity, cell.session, cell.respondents])).toEqual([
      ["Lesson study", null, 1],
      ["Lesson study", "2026/27", 1],
    ]);
  });

  it("never changes the accumulator it is given, and its result is plain JSON", () => {
    fc.assert(
      fc.property(responsesArbitrary(20), (responses) => {
        const before = JSON.stringify(empty);
        const { accumulator } = addResponses(empty, responses);
        expect(JSON.stringify(empty)).toBe(before);
        expect(JSON.parse(JSON.stringify(accumulator))).toEqual(accumulator);
        expect(FeedbackAccumulatorSchema.safeParse(accumulator).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("counts every response into the respondents or the refused", () => {
    fc.assert(
      fc.property(responsesArbitrary(), (responses) => {
        const { accumulator } = addResponses(empty, responses);
        const respondents = accumulator.cells.reduce((sum, cell) => sum + cell.respondents, 0);
        expect(respondents + accumulator.refused.responses).toBe(responses.length);
      }),
    );
  });
});

describe("addResponse", () => {
  it("adds one response, with diagnostic paths that start inside it", () => {
    const { accumulator, diagnostics } = addResponse(empty, { school: "A", answers: { useful: 5 } });
    expect(diagnostics.map((d) => d.path)).toEqual([["answers", "useful"]]);
    expect(accumulator.cells[0]?.respondents).toBe(1);
  });

  it("gives the same accumulator as adding the responses in one batch", () => {
    fc.assert(
      fc.property(responsesArbitrary(15), (responses) => {
        const oneByOne = responses.reduce((accumulator: typeof empty, response) => addResponse(accumulator, response).accumulator, empty);
        expect(oneByOne).toEqual(addResponses(empty, responses).accumulator);
      }),
      { numRuns: 50 },
    );
  });
});

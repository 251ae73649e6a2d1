import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addResponses, aggregateFeedback, createAccumulator, InvalidInputError, summarize } from "../../src/index.js";
import { responsesArbitrary, sampleSurvey } from "../support/feedback.js";

describe("aggregateFeedback", () => {
  it("is summarize of addResponses, with the diagnostics of both", () => {
    fc.assert(
      fc.property(responsesArbitrary(30), (responses) => {
        const options = { groupBy: ["school"] as const, minGroupSize: 3, invited: { A: 4 } };
        const { accumulator, diagnostics } = addResponses(createAccumulator(sampleSurvey), responses);
        const summary = summarize(accumulator, { ...options, groupBy: [...options.groupBy] });
        expect(aggregateFeedback(sampleSurvey, responses, { ...options, groupBy: [...options.groupBy] })).toEqual({
          ...summary,
          diagnostics: [...diagnostics, ...summary.diagnostics],
        });
      }),
      { numRuns: 50 },
    );
  });

  it("never throws on bad responses, only on bad options", () => {
    expect(() => aggregateFeedback(sampleSurvey, [null, 3, "x", [], { answers: null }])).not.toThrow();
    expect(aggregateFeedback(sampleSurvey, [null, 3]).leftOut).toEqual({ responses: 2, answers: 0 });
    expect(() => aggregateFeedback(sampleSurvey, [], { minGroupSize: 1 })).toThrow(InvalidInputError);
  });

  it("takes any iterable of responses", () => {
    function* generate() {
      for (let i = 0; i < 5; i += 1) yield { answers: { useful: 3 } };
    }
    const summary = aggregateFeedback(sampleSurvey, generate());
    expect(summary.overall.status === "published" && summary.overall.respondents).toBe(5);
  });
});

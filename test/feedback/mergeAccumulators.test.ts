import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addResponses,
  createAccumulator,
  InvalidInputError,
  mergeAccumulators,
  summarize,
  wowsAndWondersSurvey,
  type FeedbackAccumulator,
} from "../../src/index.js";
import { responsesArbitrary, sampleSurvey } from "../support/feedback.js";

const empty = createAccumulator(sampleSurvey);
const count = (responses: readonly unknown[]): FeedbackAccumulator => addResponses(empty, responses).accumulator;

/** Responses and two cut points that split them into three schools' batches. */
const splitArbitrary = responsesArbitrary(30).chain((responses) =>
  fc
    .tuple(fc.integer({ min: 0, max: responses.length }), fc.integer({ min: 0, max: responses.length }))
    .map(([i, j]) => {
      const [from, to] = i <= j ? [i, j] : [j, i];
      return { responses, parts: [responses.slice(0, from), responses.slice(from, to), responses.slice(to)] as const };
    }),
);

describe("mergeAccumulators", () => {
  it("adds the counts of matching cells and keeps the others, in canonical order", () => {
    const hill = count([{ school: "Hill", answers: { useful: 3, wow: "Pairs" } }]);
    const bay = count([
      { school: "Bay", answers: { useful: 1 } },
      { school: "Hill", answers: { useful: 3, wow: "Pairs" } },
    ]);
    const merged = mergeAccumulators(hill, bay);
    expect(merged.cells.map((cell) => [cell.school, cell.respondents, cell.counts["useful"], cell.texts["wow"]])).toEqual([
      ["Bay", 1, [1, 1, 0, 0], []],
      ["Hill", 2, [2, 0, 0, 2], [{ text: "Pairs", count: 2 }]],
    ]);
  });

  it("is commutative and associative, and equals counting everything at once", () => {
    fc.assert(
      fc.property(splitArbitrary, ({ responses, parts: [a, b, c] }) => {
        const [x, y, z] = [count(a), count(b), count(c)];
        expect(mergeAccumulators(x, y)).toEqual(mergeAccumulators(y, x));
        expect(mergeAccumulators(mergeAccumulators(x, y), z)).toEqual(mergeAccumulators(x, mergeAccumulators(y, z)));
        const all = count(responses);
        expect(mergeAccumulators(mergeAccumulators(x, y), z)).toEqual(all);
        // Equal as JSON too: the canonical form does not depend on the order of merging.
        expect(JSON.stringify(mergeAccumulators(z, mergeAccumulators(y, x)))).toBe(JSON.stringify(all));
        expect(summarize(mergeAccumulators(x, mergeAccumulators(y, z)), { groupBy: ["school", "role"], minGroupSize: 3 })).toEqual(
          summarize(all, { groupBy: ["school", "role"], minGroupSize: 3 }),
        );
      }),
    );
  });

  it("has the empty accumulator as identity", () => {
    fc.assert(
      fc.property(responsesArbitrary(20), (responses) => {
        const counted = count(responses);
        expect(mergeAccumulators(empty, counted)).toEqual(counted);
        expect(mergeAccumulators(counted, empty)).toEqual(counted);
      }),
      { numRuns: 50 },
    );
  });

  it("flags respondent ids counted by two accumulators, and the summary warns without naming them", () => {
    const first = count([{ respondentId: "t1", school: "A", answers: {} }]);
    const second = count([{ respondentId: "t1", school: "B", answers: {} }, { respondentId: "t2", school: "B", answers: {} }]);
    const merged = mergeAccumulators(first, second);
    expect(merged.respondentIds).toEqual(["t1", "t2"]);
    expect(merged.countedTwice).toEqual(["t1"]);
    const summary = summarize(merged, { minGroupSize: 3 });
    expect(summary.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["feedback/respondent-counted-twice", "warning"]]);
    expect(summary.diagnostics[0]?.message).not.toContain("t1");
  });

  it("refuses to merge accumulators of different surveys", () => {
    expect(() => mergeAccumulators(empty, createAccumulator(wowsAndWondersSurvey))).toThrow(InvalidInputError);
    expect(() => mergeAccumulators(empty, createAccumulator(wowsAndWondersSurvey))).toThrow(
      'These accumulators count different surveys ("sample" and "wows-and-wonders"), so they cannot be merged.',
    );
  });

  it("reads a cell without counts or texts for a question as having none", () => {
    const counted = count([{ school: "A", answers: { useful: 3, wow: "Pairs" } }]);
    const bare = { ...counted, cells: counted.cells.map((cell) => ({ ...cell, school: "B", counts: {}, texts: {} })) };
    const merged = mergeAccumulators(counted, bare);
    expect(merged.cells.map((cell) => [cell.school, cell.respondents, cell.counts["useful"], cell.texts["wow"]])).toEqual([
      ["A", 1, [1, 0, 0, 1], [{ text: "Pairs", count: 1 }]],
      ["B", 1, [0, 0, 0, 0], []],
    ]);
  });

  it("merges accumulators that went through JSON", () => {
    const stored = JSON.parse(JSON.stringify(count([{ school: "A", answers: { useful: 2 } }]))) as FeedbackAccumulator;
    expect(mergeAccumulators(stored, count([{ school: "A", answers: { useful: 2 } }])).cells[0]?.counts["useful"]).toEqual([2, 0, 2, 0]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addResponses, createAccumulator, defineSurvey, mergeAccumulators, parseAccumulator, summarize } from "../../src/feedback/index.js";

/** Names that `{}` finds without owning them (`__proto__` is no valid question id). */
const inheritedNames = ["toString", "constructor", "hasOwnProperty", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString"];
const groupNames = [...inheritedNames, "__proto__", "__defineGetter__"];

const nameArbitrary = fc.constantFrom(...inheritedNames);

/** A survey whose likert, choice and free-text questions (and options) take the given names. */
function surveyNamed(scaleId: string, choiceId: string, textId: string, optionId: string) {
  return defineSurvey({
    id: "names",
    title: "Names",
    questions: [
      { kind: "likert", id: scaleId, text: "Scale", scale: ["No", "Partly", "Yes"] },
      { kind: "single-choice", id: choiceId, text: "Choice", options: [{ id: optionId, label: "Named" }, { id: "plain", label: "Plain" }] },
      { kind: "free-text", id: textId, text: "Text", category: "comment" },
    ],
  });
}

const distinctNames = fc.uniqueArray(nameArbitrary, { minLength: 4, maxLength: 4 });

describe("ids that are names on Object.prototype", () => {
  it("count, store, read back, merge and summarise like any other id", () => {
    fc.assert(
      fc.property(distinctNames, fc.constantFrom(...groupNames), fc.integer({ min: 2, max: 6 }), ([scaleId, choiceId, textId, optionId], school, size) => {
        const survey = surveyNamed(scaleId as string, choiceId as string, textId as string, optionId as string);
        const responses = Array.from({ length: size }, (_, i) => ({
          school,
          answers: { [scaleId as string]: 1 + (i % 3), [choiceId as string]: optionId as string, [textId as string]: `Text ${i}` },
        }));
        const { accumulator, diagnostics } = addResponses(createAccumulator(survey), responses);
        expect(diagnostics).toEqual([]);
        const cell = accumulator.cells[0];
        expect(Object.hasOwn(cell?.counts ?? {}, scaleId as string)).toBe(true);
        expect(Object.hasOwn(cell?.texts ?? {}, textId as string)).toBe(true);
        const stored: unknown = JSON.parse(JSON.stringify(accumulator));
        const read = parseAccumulator(stored);
        expect(read.ok).toBe(true);
        expect(read.value).toEqual(accumulator);
        const merged = mergeAccumulators(accumulator, accumulator);
        expect(merged.cells[0]?.respondents).toBe(2 * size);
        const summary = summarize(merged, { groupBy: ["school"], minGroupSize: 3, minCommentGroupSize: 3, invited: { [school]: 4 * size } });
        const group = summary.overall.status === "published" ? summary.overall.groups[0] : undefined;
        expect(group?.status).toBe("published");
        if (group?.status === "published") {
          expect(group.key.school).toBe(school);
          expect(group.responseRate).toEqual({ invited: 4 * size, rate: 0.5 });
          const choice = group.questions.find((q) => q.questionId === choiceId);
          expect(choice?.kind === "single-choice" ? choice.options[0]?.count : undefined).toBe(2 * size);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("refuses an accumulator missing the counts of such an id, with a diagnostic instead of a throw", () => {
    fc.assert(
      fc.property(distinctNames, fc.boolean(), ([scaleId, choiceId, textId, optionId], dropTexts) => {
        const survey = surveyNamed(scaleId as string, choiceId as string, textId as string, optionId as string);
        const { accumulator } = addResponses(createAccumulator(survey), [{ answers: { [textId as string]: "Hello" } }]);
        const stored = JSON.parse(JSON.stringify(accumulator)) as { cells: { counts: Record<string, unknown>; texts: Record<string, unknown> }[] };
        const cell = stored.cells[0] as { counts: Record<string, unknown>; texts: Record<string, unknown> };
        if (dropTexts) delete cell.texts[textId as string];
        else delete cell.counts[scaleId as string];
        const read = parseAccumulator(stored);
        expect(read.ok).toBe(false);
        expect(read.diagnostics.map((d) => d.path)).toEqual([["cells", 0, dropTexts ? "texts" : "counts", dropTexts ? textId : scaleId]]);
      }),
      { numRuns: 40 },
    );
  });

  it("gives no response rate to a group whose name is inherited but not invited", () => {
    const survey = surveyNamed("q", "c", "t", "o");
    const responses = Array.from({ length: 5 }, () => ({ school: "constructor", answers: { q: 2 } }));
    const { accumulator } = addResponses(createAccumulator(survey), [...responses, ...responses.map(() => ({ school: "Bay", answers: { q: 1 } }))]);
    const summary = summarize(accumulator, { groupBy: ["school"], invited: { Bay: 10 } });
    const groups = summary.overall.status === "published" ? summary.overall.groups : [];
    expect(groups.map((g) => (g.status === "published" ? g.responseRate : "hidden"))).toEqual([{ invited: 10, rate: 0.5 }, null]);
  });
});

describe("invitations of a group called __proto__", () => {
  const survey = surveyNamed("q", "c", "t", "o");
  const { accumulator } = addResponses(
    createAccumulator(survey),
    Array.from({ length: 5 }, () => ({ school: "__proto__", answers: { q: 2 } })),
  );

  it("are counted", () => {
    const summary = summarize(accumulator, { groupBy: ["school"], invited: JSON.parse('{"__proto__": 10}') as Record<string, number> });
    expect(summary.overall.status === "published" ? summary.overall.responseRate : undefined).toEqual({ invited: 10, rate: 0.5 });
  });

  it("are checked like any other group's", () => {
    expect(() => summarize(accumulator, { groupBy: ["school"], invited: JSON.parse('{"__proto__": -1}') as Record<string, number> })).toThrow(
      expect.objectContaining({ diagnostics: [expect.objectContaining({ path: ["invited", "__proto__"] })] }),
    );
  });
});

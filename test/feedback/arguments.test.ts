import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import {
  en,
  addResponse,
  addResponses,
  aggregateFeedback,
  createAccumulator,
  likertChartSvg,
  mergeAccumulators,
  summarize,
  renderFeedbackReport,
  wowsAndWondersSurvey,
} from "../../src/feedback/index.js";
import { InvalidInputError } from "../../src/index.js";

const responses = [1, 2, 3, 4, 5, 4].map((onTrack) => ({ answers: { "on-track": onTrack } }));
const summary = aggregateFeedback(wowsAndWondersSurvey, responses);

/** The diagnostics of the InvalidInputError that `run` throws. */
function refusal(run: () => unknown): { ruleId: string; path: readonly (string | number)[] }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).diagnostics.map(({ ruleId, path }) => ({ ruleId, path }));
  }
  throw new Error("expected an InvalidInputError");
}

describe("renderFeedbackReport options", () => {
  it("default to Markdown in English", () => {
    expect(renderFeedbackReport(summary)).toBe(renderFeedbackReport(summary, { format: "markdown", locale: en }));
    expect(renderFeedbackReport(summary, {})).toBe(renderFeedbackReport(summary, { format: "markdown" }));
    expect(renderFeedbackReport(summary, { locale: zhHant }).startsWith("# 回饋摘要")).toBe(true);
  });

  it("refuse an unknown format, locale or key, or options that are no object, with their paths", () => {
    expect(refusal(() => renderFeedbackReport(summary, { format: "pdf" as never }))).toEqual([{ ruleId: "schema/invalid-value", path: ["format"] }]);
    expect(refusal(() => renderFeedbackReport(summary, { locale: "fr" as never })).map((d) => d.path)).toEqual([["locale"]]);
    expect(refusal(() => renderFeedbackReport(summary, { format: "csv", colour: true } as never)).map((d) => d.path)).toEqual([[]]);
    expect(refusal(() => renderFeedbackReport(summary, null as never)).map((d) => d.path)).toEqual([[]]);
  });

  it("are explained in the language they ask for", () => {
    expect(() => renderFeedbackReport(summary, { format: "pdf" as never, locale: zhHant })).toThrow("報告選項");
  });
});

describe("likertChartSvg options", () => {
  it("refuse a width that is no finite number, and unknown keys", () => {
    expect(refusal(() => likertChartSvg(summary, "on-track", { width: Number.NaN })).map((d) => d.path)).toEqual([["width"]]);
    expect(refusal(() => likertChartSvg(summary, "on-track", { width: "640" as never })).map((d) => d.path)).toEqual([["width"]]);
    expect(refusal(() => likertChartSvg(summary, "on-track", { height: 3 } as never)).map((d) => d.path)).toEqual([[]]);
    expect(refusal(() => likertChartSvg(summary, "on-track", null as never)).map((d) => d.path)).toEqual([[]]);
  });

  it("still draw narrow widths at 480", () => {
    expect(likertChartSvg(summary, "on-track", { width: 10 })).toContain('width="480"');
  });
});

describe("responses that are no list", () => {
  const empty = createAccumulator(wowsAndWondersSurvey);

  it.each([null, undefined, 5, "abc", {}, { length: 2 }])("count nothing from %j, with a diagnostic instead of a throw", (value) => {
    const summarised = aggregateFeedback(wowsAndWondersSurvey, value as never);
    expect(summarised.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["feedback/responses-not-a-list", "error", []]]);
    expect(summarised.overall.status).toBe("hidden");
    const added = addResponses(empty, value as never);
    expect(added.accumulator).toEqual(empty);
    expect(added.diagnostics.map((d) => d.ruleId)).toEqual(["feedback/responses-not-a-list"]);
  });

  it("are described in the diagnostics' language", () => {
    expect(aggregateFeedback(wowsAndWondersSurvey, null as never).diagnostics[0]?.message).toBe(
      "The responses should be a list (an array or another iterable), not null; no response was counted.",
    );
    expect(addResponses(empty, {} as never, { locale: zhHant }).diagnostics[0]?.message).toContain("一個物件");
  });

  it("still take any iterable, such as a generator", () => {
    function* generated() {
      yield* responses;
    }
    expect(addResponses(empty, generated()).accumulator.cells[0]?.respondents).toBe(6);
  });
});

describe("language options of addResponses and addResponse", () => {
  const empty = createAccumulator(wowsAndWondersSurvey);

  it("refuse an unknown locale with an InvalidInputError at its path", () => {
    expect(refusal(() => addResponses(empty, [], { locale: "de" as never })).map((d) => d.path)).toEqual([["locale"]]);
    expect(refusal(() => addResponse(empty, {}, { locale: "de" as never })).map((d) => d.path)).toEqual([["locale"]]);
  });
});

describe("an accumulator argument that is no accumulator", () => {
  const empty = createAccumulator(wowsAndWondersSurvey);
  const counted = addResponses(empty, responses).accumulator;
  const broken: unknown[] = [
    null,
    "accumulator",
    {},
    { ...counted, cells: null },
    { ...counted, cells: [{ ...counted.cells[0], counts: { "on-track": "many" } }] },
    { ...counted, cells: [{ ...counted.cells[0], texts: { wow: [null] } }] },
    { ...counted, refused: { responses: -1, answers: 0 } },
    { ...counted, respondentIds: [7] },
  ];

  it.each(broken.map((value, index) => [index, value]))("is an InvalidInputError from every function that takes one (case %i)", (_, value) => {
    const accumulator = value as typeof empty;
    for (const run of [
      () => addResponses(accumulator, responses),
      () => addResponse(accumulator, responses[0]),
      () => summarize(accumulator),
      () => mergeAccumulators(accumulator, counted),
      () => mergeAccumulators(counted, accumulator),
    ]) {
      expect(refusal(run).length).toBeGreaterThan(0);
    }
  });

  it("is explained in the options' language by summarize", () => {
    expect(() => summarize(null as never, { locale: zhHant })).toThrow("累計資料");
  });

  it("still lets a valid one in any order of cells through", () => {
    const shuffled = { ...counted, cells: [...counted.cells].reverse() };
    expect(summarize(shuffled).overall.status).toBe("published");
    expect(mergeAccumulators(empty, counted)).toEqual(counted);
  });
});

/**
 * A message is never the thing that throws: values missing from JavaScript
 * callers' input reach the message templates as `undefined`, and each public
 * function still answers as it promises (a result with diagnostics, or its
 * documented `InvalidInputError`).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { aggregateFeedback, defineMachine, InvalidInputError, likertChartSvg, parseSchoolCalendar } from "../../src/index.js";
import { sampleSurvey } from "../support/feedback.js";

describe("messages with missing values", () => {
  it("parseSchoolCalendar({ weekend: [undefined] }) returns diagnostics", () => {
    const result = parseSchoolCalendar({ weekend: [undefined] } as never);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((diagnostic) => diagnostic.path)).toEqual([["weekend", 0]]);
    expect(result.diagnostics[0]?.message).toMatch(/^Unknown weekday/);
  });

  it("likertChartSvg draws with the default options when they are undefined, and refuses null or malformed ones", () => {
    const summary = aggregateFeedback(sampleSurvey, [1, 2, 3, 3, 3].map((useful) => ({ answers: { useful } })));
    const svg = likertChartSvg(summary, "useful", undefined);
    expect(svg).toBe(likertChartSvg(summary, "useful"));
    expect(svg).toMatch(/^<svg[^>]* width="760"/);
    for (const options of [null, 5, { width: Number.NaN }, { width: "wide" }, { width: 10n }, { width: Object.create(null) }, { colour: "red" }]) {
      const call = () => likertChartSvg(summary, "useful", options as never);
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(/^Invalid chart options/);
    }
  });

  it("likertChartSvg names a question id that cannot be turned into text, in its InvalidInputError", () => {
    const summary = aggregateFeedback(sampleSurvey, [{ answers: { useful: 3 } }]);
    const call = () => likertChartSvg(summary, Object.create(null) as never);
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow('The summary has no question "an object".');
    expect(() => likertChartSvg(summary, 10n as never)).toThrow('The summary has no question "10".');
  });

  it("likertChartSvg(summary, undefined) throws only its documented InvalidInputError, naming the missing question", () => {
    const summary = aggregateFeedback(sampleSurvey, [{ answers: { useful: 3 } }]);
    const call = () => likertChartSvg(summary, undefined as never);
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow('The summary has no question "undefined".');
  });

  it("defineMachine with initial: undefined throws only InvalidInputError, naming the problem", () => {
    const call = () =>
      defineMachine({
        id: "lamp",
        context: z.object({}),
        events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
        initial: undefined as never,
        states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
      });
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(`The initial state "undefined" is not one of the machine's states.`);
  });
});

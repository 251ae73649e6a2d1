/**
 * The machines' diagnostics are data: each carries its message code and the
 * raw values of its placeholders, so `localizeDiagnostics` writes it again in
 * another language exactly as the machine writes it in that language.
 */
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { localizeDiagnostics } from "../../src/diagnostics/localizeDiagnostics.js";
import { defineMachine, initialSnapshot, parseEvent, replay, transition } from "../../src/machines/index.js";
import { en } from "../../src/text/locale.js";
import { InvalidInputError } from "../../src/diagnostics/InvalidInputError.js";
import { bookingMachine } from "./fixtures.js";

const start = initialSnapshot(bookingMachine, { confirmations: 0 });

describe("machines: diagnostics as data", () => {
  it("gives a refusal's diagnostic its code and parameters, and renders it again in Chinese as the machine would", () => {
    const english = transition(bookingMachine, start, { type: "use", at: "t1" });
    const chinese = transition(bookingMachine, start, { type: "use", at: "t1" }, { locale: zhHant });
    if (english.ok || chinese.ok) throw new Error("expected refusals");
    expect(english.refusal.diagnostics[0]).toMatchObject({ code: "machines/refused-not-allowed", params: { event: "use", state: "requested" } });
    expect(localizeDiagnostics(JSON.parse(JSON.stringify(english.refusal.diagnostics)), { locale: en })).toEqual(english.refusal.diagnostics);
  });

  it("renders a snapshot problem and a schema problem again in Chinese, as asked for directly", () => {
    const cases = [
      () => transition(bookingMachine, { ...start, machine: "door" } as never, { type: "confirm", at: "t1" }),
      () => transition(bookingMachine, null as never, { type: "confirm", at: "t1" }),
      () => transition(bookingMachine, start, 3 as never),
      () => replay(bookingMachine, { confirmations: 0 }, "oops" as never),
    ];
    for (const run of cases) {
      const english = run() as { ok: boolean; refusal?: { diagnostics: readonly { code: string }[] } };
      expect(english.ok).toBe(false);
      const diagnostics = english.refusal?.diagnostics ?? [];
      for (const diagnostic of diagnostics) expect(diagnostic.code).toMatch(/^machines\//);
    }
    const wrong = { ...start, machine: "door" } as never;
    const en1 = transition(bookingMachine, wrong, { type: "confirm", at: "t1" });
    const zh1 = transition(bookingMachine, wrong, { type: "confirm", at: "t1" }, { locale: zhHant });
    if (en1.ok || zh1.ok) throw new Error("expected refusals");
    expect(localizeDiagnostics([...en1.refusal.diagnostics], { locale: zhHant })).toEqual(zh1.refusal.diagnostics);
  });

  it("reports a definition's problems with codes", () => {
    let caught: unknown;
    try {
      defineMachine({ id: "x", templates: 3 } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const codes = (caught as InvalidInputError).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain("machines/templates-not-a-function");
    expect(codes.every((code) => code.startsWith("machines/"))).toBe(true);
  });

  it("throws an InvalidInputError at locale for a locale that is not one", () => {
    expect(() => transition(bookingMachine, start, { type: "confirm", at: "t1" }, { locale: "zh-Hant" as never })).toThrow(InvalidInputError);
    expect(() => parseEvent(bookingMachine, {}, { locale: "zh-Hant" as never })).toThrow(InvalidInputError);
  });
});

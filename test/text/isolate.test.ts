import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/text/displayWidth.js";
import { isolate } from "../../src/text/isolate.js";
import { BIDI_CONTROLS, figuresStayInPlace, scanBidi } from "../support/bidi.js";

const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Strings mixing controls, letters of both directions, digits and line breaks. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...BIDI_CONTROLS, "a", "Z", " ", "1", "(", "ש", "ع", "\n", "\u2029", "漢"), maxLength: 60 }),
  fc.array(fc.constantFrom(...BIDI_CONTROLS), { maxLength: 80 }).map((parts) => parts.join("")),
);

describe("isolate", () => {
  it("returns text without controls or right-to-left letters unchanged", () => {
    expect(isolate("Ms Chan said: well done (twice)")).toBe("Ms Chan said: well done (twice)");
    expect(isolate("陳老師")).toBe("陳老師");
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!CONTROL.test(text) && !RTL.test(text));
        expect(isolate(text)).toBe(text);
      }),
    );
  });

  it("ends an override inside the isolate, before the figures that follow", () => {
    const text = `${isolate("\u202egood")} (n=12)`;
    expect(text).toBe("\u2068\u202egood\u202c\u2069 (n=12)");
    expect(figuresStayInPlace(text, "(n=12)")).toBe(true);
    expect(figuresStayInPlace("\u202egood (n=12)", "(n=12)")).toBe(false);
  });

  it("drops a stray PDI that would otherwise close the isolate early", () => {
    expect(isolate("\u2069\u202ex")).toBe("\u2068\u202ex\u202c\u2069");
    expect(isolate("a\u202c\u2069b\u200f")).toBe("\u2068ab\u200f\u2069");
  });

  it("isolates each line of text that spans lines, since a line break ends every control", () => {
    expect(isolate("ok\n\u202ex\nשלום")).toBe("ok\n\u2068\u202ex\u202c\u2069\n\u2068שלום\u2069");
  });

  it("isolates right-to-left letters, which would otherwise carry the figures that follow", () => {
    expect(isolate("שלום")).toBe("\u2068שלום\u2069");
  });

  it("keeps balanced controls, and drops nesting deeper than it needs", () => {
    expect(isolate("\u2067x\u202by\u202cz\u2069")).toBe("\u2067x\u202by\u202cz\u2069");
    expect(isolate("a\u2067x\u202by\u202cz\u2069\u202e")).toBe("\u2068a\u2067x\u202by\u202cz\u2069\u202e\u202c\u2069");
    const deep = isolate("\u202b".repeat(40) + "x" + "\u202c".repeat(40));
    expect(scanBidi(deep).open).toEqual([]);
    expect(deep.split("\u202b")).toHaveLength(33);
    const deepIsolates = isolate("\u2066".repeat(40) + "x" + "\u2069".repeat(40));
    expect(scanBidi(deepIsolates).open).toEqual([]);
    expect(deepIsolates.split("\u2066")).toHaveLength(33);
  });

  it("leaves text whose controls all sit in balanced isolates as it is, and wraps text with a control outside one", () => {
    expect(isolate("\u2068\u202eevil\u202c\u2069 takes part 0")).toBe("\u2068\u202eevil\u202c\u2069 takes part 0");
    expect(isolate("\u2067שלום\u2069 (n=12)")).toBe("\u2067שלום\u2069 (n=12)");
    expect(isolate("\u202bx\u202c (12)")).toBe("\u2068\u202bx\u202c (12)\u2069");
  });

  it("takes no column more than the text shown", () => {
    expect(displayWidth(isolate("\u202eab"))).toBe(2);
  });

  it("for any text: balanced, nothing stray, the text kept, and the figures after it outside every control", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const result = isolate(text);
        const scan = scanBidi(result);
        expect(scan.open).toEqual([]);
        expect(scan.strayClosers).toBe(0);
        expect(result.replace(CONTROLS, "")).toBe(text.replace(CONTROLS, ""));
        expect(figuresStayInPlace(`${result}(n=12)`, "(n=12)")).toBe(true);
        expect(isolate(result)).toBe(result);
        expect(figuresStayInPlace(`| ${result} | ${isolate(text)} | (n=12) |`, "(n=12)")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

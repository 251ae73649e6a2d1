import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, padToWidth } from "../../src/text/displayWidth.js";

describe("displayWidth", () => {
  it.each([
    ["Harbour", 7],
    ["觀課", 4], // CJK unified ideographs
    ["㐀", 2], // CJK extension A
    ["𠀀", 2], // CJK extension B: one code point, two UTF-16 units
    ["ㄅㄆ", 4], // bopomofo
    ["한국", 4], // Hangul syllables
    ["ᄀ", 2], // Hangul Jamo
    ["、。", 4], // CJK punctuation
    ["ＡＢ", 4], // fullwidth Latin
    ["￥", 2], // fullwidth sign
    ["︰", 2], // CJK compatibility form
    ["豈", 2], // CJK compatibility ideograph
    ["ꀀ", 2], // Yi
    ["🙂", 2], // emoticon
    ["🤝", 2], // supplemental pictograph
    ["é", 1], // e + combining acute accent
    ["a\u200bb", 2], // zero-width space
    ["✓\ufe0f", 1], // variation selector
    ["", 0],
  ])("gives %j %i columns", (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });

  it("adds up over concatenation", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => displayWidth(a + b) === displayWidth(a) + displayWidth(b)));
  });
});

describe("padToWidth", () => {
  it("pads by columns, not by UTF-16 units, on either side", () => {
    expect(padToWidth("觀課", 6)).toBe("觀課  ");
    expect(padToWidth("觀課", 6, "right")).toBe("  觀課");
    expect(padToWidth("Harbour Secondary", 4)).toBe("Harbour Secondary");
  });
});

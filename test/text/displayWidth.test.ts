import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, padToWidth } from "../../src/text/displayWidth.js";

/** Width of the single character `codePoint`. */
const widthOf = (codePoint: number) => displayWidth(String.fromCodePoint(codePoint));

describe("displayWidth", () => {
  it("counts Latin letters, digits and spaces as one column each", () => {
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("S1 Plan")).toBe(7);
  });

  it("counts Chinese characters, kana, hangul and fullwidth forms as two columns", () => {
    expect(displayWidth("觀課")).toBe(4);
    expect(displayWidth("觀課 S1")).toBe(7);
    expect(displayWidth("かな")).toBe(4);
    expect(displayWidth("한글")).toBe(4);
    expect(displayWidth("ＡＢ")).toBe(4);
    expect(displayWidth("，")).toBe(2);
  });

  it("counts combining marks and zero-width spaces as nothing", () => {
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200bb")).toBe(2);
    expect(displayWidth("字\ufe0f")).toBe(2);
  });

  it("takes both ends of each wide block as wide and the neighbours outside as narrow", () => {
    // [first, last] of each block of two-column characters.
    const blocks: [number, number][] = [
      [0x1100, 0x115f], // Hangul initial consonants
      [0x2e80, 0x303e], // CJK radicals, symbols and punctuation
      [0x3041, 0x4dbf], // kana to CJK extension A (three adjacent blocks)
      [0x4e00, 0xa4cf], // CJK unified ideographs, Yi (adjacent blocks)
      [0xac00, 0xd7a3], // Hangul syllables
      [0xf900, 0xfaff], // CJK compatibility ideographs
      [0xfe30, 0xfe4f], // CJK compatibility forms
      [0xff00, 0xff60], // fullwidth forms
      [0xffe0, 0xffe6], // fullwidth signs
      [0x1f300, 0x1f64f], // pictographs and emoticons
      [0x1f900, 0x1f9ff], // supplemental pictographs
      [0x20000, 0x3fffd], // CJK extensions B and beyond
    ];
    for (const [first, last] of blocks) {
      expect([widthOf(first - 1), widthOf(first), widthOf(last), widthOf(last + 1)], first.toString(16)).toEqual([1, 2, 2, 1]);
    }
    for (const inside of [0x33ff, 0x3400, 0x9fff, 0xa000]) expect(widthOf(inside)).toBe(2);
  });

  it("takes both ends of each zero-width block as zero and the neighbours outside as one", () => {
    const blocks: [number, number][] = [
      [0x0300, 0x036f], // combining diacritical marks
      [0x200b, 0x200f], // zero-width space to right-to-left mark
      [0xfe00, 0xfe0f], // variation selectors
    ];
    for (const [first, last] of blocks) {
      expect([widthOf(first - 1), widthOf(first), widthOf(last), widthOf(last + 1)], first.toString(16)).toEqual([1, 0, 0, 1]);
    }
  });
});

describe("padToWidth", () => {
  it("pads on the right by default and on the left for right alignment, by columns", () => {
    expect(padToWidth("觀課", 6)).toBe("觀課  ");
    expect(padToWidth("觀課", 6, "right")).toBe("  觀課");
    expect(padToWidth("S1", 4, "left")).toBe("S1  ");
  });

  it("never cuts text wider than the width", () => {
    expect(padToWidth("觀課觀課", 4)).toBe("觀課觀課");
    expect(padToWidth("abcdef", 3, "right")).toBe("abcdef");
  });
});

describe("displayWidth over any text", () => {
  it("adds up over concatenation, whatever the graphemes", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => displayWidth(a + b) === displayWidth(a) + displayWidth(b)));
  });
});

/**
 * Terminal column width of text: East Asian wide and fullwidth characters
 * (Chinese, Japanese, Korean, fullwidth forms) take two columns, combining
 * marks none. Used to align plain-text tables in any language. Internal module.
 */

/** Code point ranges of East Asian wide and fullwidth characters, and of emoji. */
const WIDE: readonly (readonly [from: number, to: number])[] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

/**
 * Code point ranges that take no column: combining marks, zero-width spaces
 * and joiners, bidirectional marks, embeddings and isolates, variation
 * selectors.
 */
const ZERO_WIDTH: readonly (readonly [from: number, to: number])[] = [
  [0x0300, 0x036f],
  [0x061c, 0x061c],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2069],
  [0xfe00, 0xfe0f],
];

const within = (ranges: typeof WIDE, codePoint: number): boolean => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Columns `text` occupies in a monospaced terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    // A character of a string iteration is one whole code point.
    const codePoint = character.codePointAt(0) as number;
    width += within(ZERO_WIDTH, codePoint) ? 0 : within(WIDE, codePoint) ? 2 : 1;
  }
  return width;
}

/** `text` padded with spaces to `width` columns, on the right (or the left for `"right"`). */
export function padToWidth(text: string, width: number, align: "left" | "right" = "left"): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? padding + text : text + padding;
}

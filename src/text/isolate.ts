/**
 * Keeps people's text from reordering the text written after it: Unicode
 * bidirectional controls and right-to-left letters in a comment or a name
 * must not make the library's own figures display differently ("(n=12)" as
 * "(n=21)"). Internal module.
 */

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;

/** FIRST STRONG ISOLATE: opens an isolate whose direction its first strong letter decides. */
export const FIRST_STRONG_ISOLATE = "\u2068";
/** POP DIRECTIONAL ISOLATE: closes the isolate opened last. */
export const POP_DIRECTIONAL_ISOLATE = "\u2069";

/**
 * Characters that call for isolation: the bidirectional controls (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the blocks whose letters
 * are right to left by default (Hebrew, Arabic, Syriac, Thaana, N'Ko and
 * their neighbours, the presentation forms, and the right-to-left ranges of
 * the supplementary planes).
 */
const NEEDS_ISOLATION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Paragraph separators (bidi class B): each ends every embedding and isolate. */
const PARAGRAPH_SEPARATOR = /([\n\r\u001c-\u001e\u0085\u2029])/u;

/** Nesting kept from people's text; deeper controls are dropped, far below the algorithm's limit of 125. */
const MAX_NESTING = 32;

interface Open {
  readonly isolate: boolean;
  readonly kept: boolean;
}

/**
 * `segment` (no paragraph separator in it) with its explicit controls
 * balanced: a closer that closes nothing is dropped, openers nested too deep
 * are dropped with their closers, and whatever is still open at the end is
 * closed, innermost first, following the matching rules of the Unicode
 * Bidirectional Algorithm (a PDF never closes an isolate; a PDI closes the
 * embeddings opened inside its isolate).
 */
function balance(segment: string): string {
  const stack: Open[] = [];
  let out = "";
  for (const character of segment) {
    const code = character.codePointAt(0) as number;
    if (code === LRE || code === RLE || code === LRO || code === RLO || code === LRI || code === RLI || code === FSI) {
      const kept = stack.length < MAX_NESTING;
      stack.push({ isolate: code >= LRI, kept });
      if (kept) out += character;
    } else if (code === PDF) {
      const top = stack.at(-1);
      if (top !== undefined && !top.isolate) {
        stack.pop();
        if (top.kept) out += character;
      }
    } else if (code === PDI) {
      let at = stack.length - 1;
      while (at >= 0 && !(stack[at] as Open).isolate) at -= 1;
      if (at >= 0) {
        const kept = (stack[at] as Open).kept;
        stack.length = at;
        if (kept) out += character;
      }
    } else {
      out += character;
    }
  }
  for (const open of stack.reverse()) if (open.kept) out += open.isolate ? POP_DIRECTIONAL_ISOLATE : "\u202c";
  return out;
}

/**
 * Whether `segment` (balanced, no paragraph separator in it) is safe as it
 * is: every control and right-to-left letter in it sits inside an isolate,
 * which the text around treats as a neutral character. Text already isolated
 * is not wrapped again.
 */
function alreadyIsolated(segment: string): boolean {
  let depth = 0;
  for (const character of segment) {
    const code = character.codePointAt(0) as number;
    if (code === LRI || code === RLI || code === FSI) depth += 1;
    else if (code === PDI) depth -= 1;
    else if (depth === 0 && NEEDS_ISOLATION.test(character)) return false;
  }
  return true;
}

/** `segment` balanced, and wrapped in an isolate unless already safe. */
function isolateSegment(segment: string): string {
  if (!NEEDS_ISOLATION.test(segment)) return segment;
  const balanced = balance(segment);
  return balanced === segment && alreadyIsolated(segment) ? segment : FIRST_STRONG_ISOLATE + balanced + POP_DIRECTIONAL_ISOLATE;
}

/**
 * People's `text` made safe to write before the library's own text in a
 * human-readable format (Markdown, a terminal table, SVG, plain text): when
 * it holds a bidirectional control or a right-to-left letter, each of its
 * lines is balanced (unmatched closers dropped, open controls closed) and
 * wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE,
 * so that nothing in it can reorder or restyle what follows. Text without
 * either comes back unchanged, byte for byte, and so does text whose
 * controls and right-to-left letters all sit in balanced isolates already
 * (so `isolate(isolate(text)) === isolate(text)`). The isolate characters take
 * no column (see `displayWidth`).
 *
 * @param text - Text written by people: a comment, a name, a label, a title.
 * @returns `text`, isolated where it needs to be.
 *
 * @example
 * ```ts
 * isolate("Ms Chan"); // "Ms Chan"
 * isolate("\u202Egood") + " (n=12)"; // "\u2068\u202Egood\u202C\u2069 (n=12)": the override ends inside the isolate
 * ```
 */
export function isolate(text: string): string {
  if (!NEEDS_ISOLATION.test(text)) return text;
  return text
    .split(PARAGRAPH_SEPARATOR)
    .map((part, index) => (index % 2 === 1 ? part : isolateSegment(part)))
    .join("");
}

/**
 * `params` with every text value isolated (see {@link isolate}), for filling
 * a message template: a name or a title in a sentence cannot reorder the
 * figures the sentence goes on with. Numbers stay as they are; `undefined`
 * for no params.
 *
 * @example
 * ```ts
 * isolatedParams({ person: "\u202EMr Wong", count: 2 });
 * // { person: "\u2068\u202EMr Wong\u202C\u2069", count: 2 }
 * ```
 */
export function isolatedParams<Params extends Readonly<Record<string, unknown>>>(params: Params | undefined): Params | undefined {
  if (params === undefined) return undefined;
  let changed: Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "string") continue;
    const isolated = isolate(value);
    if (isolated === value) continue;
    changed ??= { ...params };
    changed[name] = isolated;
  }
  return (changed ?? params) as Params;
}

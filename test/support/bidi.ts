/**
 * An independent reference for the explicit levels of the Unicode
 * Bidirectional Algorithm (rules X1–X8, without the depth limit): which
 * embeddings, overrides and isolates are open at a place of a text.
 */

const EMBEDDING_OPENERS = new Set(["\u202a", "\u202b", "\u202d", "\u202e"]);
const ISOLATE_OPENERS = new Set(["\u2066", "\u2067", "\u2068"]);
const PARAGRAPH_SEPARATORS = new Set(["\n", "\r", "\u001c", "\u001d", "\u001e", "\u0085", "\u2029"]);

/** What a scan found: the controls open at its end, and the closers that closed nothing. */
export interface BidiScan {
  readonly open: readonly ("embedding" | "isolate")[];
  readonly strayClosers: number;
}

/** Scans `text` up to (not including) `end` as the algorithm would. */
export function scanBidi(text: string, end = text.length): BidiScan {
  const open: ("embedding" | "isolate")[] = [];
  let strayClosers = 0;
  for (const character of text.slice(0, end)) {
    if (PARAGRAPH_SEPARATORS.has(character)) open.length = 0;
    else if (EMBEDDING_OPENERS.has(character)) open.push("embedding");
    else if (ISOLATE_OPENERS.has(character)) open.push("isolate");
    else if (character === "\u202c") {
      // A PDF closes an embedding or override, never an isolate.
      if (open.at(-1) === "embedding") open.pop();
      else strayClosers += 1;
    } else if (character === "\u2069") {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = open.lastIndexOf("isolate");
      if (at >= 0) open.length = at;
      else strayClosers += 1;
    }
  }
  return { open, strayClosers };
}

/** Whether nothing is open where `needle` (the library's own text) starts in `text`, at each of its occurrences. */
export function figuresStayInPlace(text: string, needle: string): boolean {
  let from = text.indexOf(needle);
  if (from < 0) throw new Error(`${JSON.stringify(needle)} is not in the output.`);
  while (from >= 0) {
    if (scanBidi(text, from).open.length > 0) return false;
    from = text.indexOf(needle, from + 1);
  }
  return true;
}

/** Every bidirectional control, for arbitraries. */
export const BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];

/** A piece of people's text that tries to reorder what follows: an override left open. */
export const HOSTILE = "\u202eevil";

/**
 * JSON documents as the command line reads them: the text of a file parsed,
 * or the file refused with the line and column of the first syntax error.
 * Internal module.
 */
import type { Locale } from "../text/locale.js";
import { say } from "./message.js";
import { UnusableInput } from "./unusable.js";

/** A parsed JSON file. */
export interface JsonDocument {
  /** The file as given on the command line, or "standard input". */
  readonly file: string;
  /** The parsed JSON. */
  readonly value: unknown;
}

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses the text of `file`, or throws an {@link UnusableInput} naming the
 * file, with the line and column of the syntax error when the JSON parser
 * gives its position (the parser's own reason stays in its words).
 */
export function parseJsonDocument(file: string, text: string, locale: Locale): JsonDocument {
  try {
    // A byte order mark is not JSON, but editors on some systems write one.
    return { file, value: JSON.parse(text.replace(/^\uFEFF/, "")) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
    if (position === null) throw UnusableInput.of(file, say("unusable.json", { reason }, locale));
    const { line, column } = lineAndColumn(text.replace(/^\uFEFF/, ""), Number(position[1]));
    throw UnusableInput.of(file, say("unusable.json-at", { line, column, reason }, locale));
  }
}

import { en, type Locale } from "../text/locale.js";
import type { Diagnostic } from "./diagnostic.js";
import { invalidInputMessage } from "./message.js";

/**
 * Thrown by the throwing variants of the library's constructors (such as
 * `plainDate` and `defineSchoolCalendar`) when their input is invalid. It
 * carries every problem found, each with its path, not only the first. Each
 * throwing constructor has a non-throwing `parse…` twin that returns the same
 * diagnostics in a {@link Result}. Given `{ locale: zhHant }` (from
 * `collegiate/locales/zh-Hant`), a constructor writes the error's message and
 * its diagnostics in Traditional Chinese. The diagnostics carry their codes
 * and parameters, so `localizeDiagnostics` writes them in any language.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, InvalidInputError } from "collegiate";
 *
 * try {
 *   defineSchoolCalendar({ terms: [{ name: "Autumn", start: "2026-12-18", end: "2026-09-01" }] });
 * } catch (error) {
 *   if (error instanceof InvalidInputError) console.log(error.diagnostics.map((d) => d.path));
 *   // [["terms", 0, "end"]]
 * }
 * ```
 */
export class InvalidInputError extends TypeError {
  /** Every problem found in the input. */
  readonly diagnostics: readonly Diagnostic[];

  /**
   * @param what - What was being built, for the message, in the language of `locale` (for example `"school calendar"`).
   * @param diagnostics - Every problem found.
   * @param locale - The language of the message's first line: {@link en} (the default), `zhHant`, or your own locale.
   */
  constructor(what: string, diagnostics: readonly Diagnostic[], locale: Locale = en) {
    const lines = diagnostics.map(
      (d) => `  - ${d.path.length > 0 ? `${d.path.join(".")}: ` : ""}${d.message}`,
    );
    const count = diagnostics.length;
    const problems = invalidInputMessage(locale, count === 1 ? "problems.one" : "problems.other", { count });
    super(`${invalidInputMessage(locale, "invalid-input", { what, problems })}\n${lines.join("\n")}`);
    this.name = "InvalidInputError";
    this.diagnostics = diagnostics;
  }
}

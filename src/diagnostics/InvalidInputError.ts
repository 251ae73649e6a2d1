import type { Diagnostic } from "./diagnostic.js";

/**
 * Thrown by the throwing variants of the library's constructors (such as
 * `plainDate` and `defineSchoolCalendar`) when their input is invalid. It
 * carries every problem found, each with its path, not only the first. Each
 * throwing constructor has a non-throwing `parse…` twin that returns the same
 * diagnostics in a {@link Result}.
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
   * @param what - What was being built, for the message (for example `"school calendar"`).
   * @param diagnostics - Every problem found.
   */
  constructor(what: string, diagnostics: readonly Diagnostic[]) {
    const lines = diagnostics.map(
      (d) => `  - ${d.path.length > 0 ? `${d.path.join(".")}: ` : ""}${d.message}`,
    );
    super(
      `Invalid ${what}: ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}\n${lines.join("\n")}`,
    );
    this.name = "InvalidInputError";
    this.diagnostics = diagnostics;
  }
}

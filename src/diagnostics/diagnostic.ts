import { z } from "zod";
import { SourceRefSchema } from "./sourceDocuments.js";

/**
 * Schema of a finding's severity. `error` makes a result not `ok`;
 * `warning` and `info` never do.
 *
 * @example
 * ```ts
 * import { SeveritySchema } from "collegiate";
 *
 * SeveritySchema.options; // ["error", "warning", "info"]
 * ```
 */
export const SeveritySchema = z.enum(["error", "warning", "info"]);

/**
 * How serious a finding is: `"error"`, `"warning"` or `"info"`.
 *
 * @example
 * ```ts
 * import type { Severity } from "collegiate";
 *
 * const severity: Severity = "warning";
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Schema of a path into an input: property names and array indexes, outermost
 * first, as zod reports them.
 *
 * @example
 * ```ts
 * import { PathSchema } from "collegiate";
 *
 * PathSchema.parse(["terms", 0, "end"]);
 * ```
 */
export const PathSchema = z.array(z.union([z.string(), z.number()]));

/**
 * Schema of a diagnostic: the one shape of every finding the library reports,
 * whether a schema problem in untrusted input (`ruleId` starting `schema/`), a
 * broken rule of an agreement, or a scheduling problem.
 *
 * @example
 * ```ts
 * import { DiagnosticSchema } from "collegiate";
 *
 * DiagnosticSchema.parse({
 *   ruleId: "lnct/focus-agreed-before-visit",
 *   severity: "error",
 *   message: "Focus areas were not agreed before the visit.",
 *   path: ["focus", "agreedOn"],
 *   source: { document: "lnct-agreement", clause: "A3" },
 * });
 * ```
 */
export const DiagnosticSchema = z.strictObject({
  /** Stable id of the rule or check, such as `timeline/activity-day-closed`. */
  ruleId: z.string().min(1),
  severity: SeveritySchema,
  /** A sentence for a person, naming the offending value where useful. */
  message: z.string().min(1),
  /** Where in the input the problem is; empty for the input as a whole. */
  path: PathSchema,
  /** The clause of a source document this check enforces, when there is one. */
  source: SourceRefSchema.optional(),
  /** What to do about it. */
  hint: z.string().optional(),
});

/**
 * One finding: what is wrong, how serious it is, where it is in the input, and
 * which clause of which source document it enforces.
 *
 * @example
 * ```ts
 * import type { Diagnostic } from "collegiate";
 *
 * const finding: Diagnostic = {
 *   ruleId: "schema/invalid-type",
 *   severity: "error",
 *   message: "Expected a string, received a number.",
 *   path: ["closures", 2, "name"],
 * };
 * ```
 */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/**
 * Whether any diagnostic in the list has `error` severity.
 *
 * @param diagnostics - Findings to look through.
 * @returns `true` when at least one is an error.
 *
 * @example
 * ```ts
 * import { hasErrors } from "collegiate";
 *
 * hasErrors([{ ruleId: "x/y", severity: "warning", message: "Late.", path: [] }]); // false
 * ```
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

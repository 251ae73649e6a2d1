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
 * Schema of a message's parameters: the values its template's `{name}`
 * placeholders take, as plain JSON text and numbers.
 *
 * @example
 * ```ts
 * import { MessageParamsSchema } from "collegiate";
 *
 * MessageParamsSchema.parse({ start: "2027-01-04", end: "2026-12-18" });
 * ```
 */
export const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

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
 *   code: "agreement/focus-agreed-before-visit",
 *   params: {},
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
  /**
   * The stable code of the message, such as `calendar/term.end-before-start`:
   * with `params`, what {@link formatDiagnostics} and
   * {@link localizeDiagnostics} write the message from again, in any language.
   */
  code: z.string().regex(/^[^/\s]+\/\S+$/),
  /** The values of the message's placeholders. */
  params: MessageParamsSchema,
  /** A sentence for a person, in the language the call asked for, naming the offending value where useful. */
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
 *   code: "zod/invalid_type",
 *   params: { expected: "string", received: "number" },
 *   message: "Invalid input: expected string, received number",
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
 * hasErrors([{ ruleId: "x/y", severity: "warning", code: "x/late", params: {}, message: "Late.", path: [] }]); // false
 * ```
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

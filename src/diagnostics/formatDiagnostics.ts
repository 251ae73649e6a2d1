import { match } from "ts-pattern";
import { renderMarkdownTable } from "../text/table.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { sourceDocuments } from "./sourceDocuments.js";

/**
 * Options of {@link formatDiagnostics}.
 *
 * @example
 * ```ts
 * import type { FormatDiagnosticsOptions } from "collegiate";
 *
 * const options: FormatDiagnosticsOptions = { format: "markdown" };
 * ```
 */
export interface FormatDiagnosticsOptions {
  /** `"text"` for terminals (the default) or `"markdown"` for documents and pull requests. */
  readonly format?: "text" | "markdown";
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function where(diagnostic: Diagnostic): string {
  return diagnostic.path.length === 0 ? "(input)" : diagnostic.path.join(".");
}

function cites(diagnostic: Diagnostic): string {
  if (diagnostic.source === undefined) return "";
  return `${diagnostic.source.clause}, ${sourceDocuments[diagnostic.source.document].title}`;
}

function summary(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${part(count("error"), "error")}, ${part(count("warning"), "warning")}, ${part(count("info"), "note")}`;
}

function symbol(severity: Severity): string {
  return match(severity)
    .with("error", () => "✖ error")
    .with("warning", () => "⚠ warning")
    .with("info", () => "ℹ info")
    .exhaustive();
}

/**
 * Renders findings for people: errors first, each with where it is in the
 * input, its message, the clause it enforces and the hint; then a count.
 * `"text"` suits a terminal, `"markdown"` a report or a pull request.
 *
 * @param diagnostics - Findings from any function of the library.
 * @param options - The output format.
 * @returns The rendered findings; "No problems found." when there are none.
 *
 * @example
 * ```ts
 * import { formatDiagnostics } from "collegiate";
 *
 * console.log(
 *   formatDiagnostics([
 *     {
 *       ruleId: "lnct/focus-agreed-before-visit",
 *       severity: "error",
 *       message: "Focus areas were not agreed before the visit.",
 *       path: ["focus"],
 *       source: { document: "lnct-agreement", clause: "A3" },
 *     },
 *   ]),
 * );
 * // ✖ error  focus  lnct/focus-agreed-before-visit
 * //   Focus areas were not agreed before the visit.
 * //   A3, LNCT Agreement on Sharing Classroom Experience
 * //
 * // 1 error, 0 warnings, 0 notes
 * ```
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: FormatDiagnosticsOptions = {},
): string {
  if (diagnostics.length === 0) return "No problems found.";
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (options.format === "markdown") {
    const table = renderMarkdownTable(sorted, [
      { header: "Severity", cell: (d) => d.severity },
      { header: "Rule", cell: (d) => `\`${d.ruleId}\`` },
      { header: "Where", cell: (d) => `\`${where(d)}\`` },
      { header: "Finding", cell: (d) => (d.hint === undefined ? d.message : `${d.message} _${d.hint}_`) },
      { header: "Clause", cell: cites },
    ]);
    return `${table}\n\n${summary(diagnostics)}`;
  }
  const blocks = sorted.map((d) =>
    [
      `${symbol(d.severity)}  ${where(d)}  ${d.ruleId}`,
      `  ${d.message}`,
      ...(d.source === undefined ? [] : [`  ${cites(d)}`]),
      ...(d.hint === undefined ? [] : [`  hint: ${d.hint}`]),
    ].join("\n"),
  );
  return `${blocks.join("\n")}\n\n${summary(diagnostics)}`;
}

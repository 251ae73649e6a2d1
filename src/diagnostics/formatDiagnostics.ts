import { match } from "ts-pattern";
import { isolate } from "../text/isolate.js";
import { checkedOptionsLocale, type Locale } from "../text/locale.js";
import { renderMarkdownTable } from "../text/table.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { diagnosticMessage as say } from "./message.js";

/**
 * Options of {@link formatDiagnostics}.
 *
 * @example
 * ```ts
 * import type { FormatDiagnosticsOptions } from "collegiate";
 *
 * const options: FormatDiagnosticsOptions = { format: "markdown", locale: "zh-Hant" };
 * ```
 */
export interface FormatDiagnosticsOptions {
  /** `"text"` for terminals (the default) or `"markdown"` for documents and pull requests. */
  readonly format?: "text" | "markdown";
  /**
   * The language of the headings, counts and citations: `"en"` (the default)
   * or `"zh-Hant"`. The diagnostics' own messages are shown as they are: ask
   * the function that produced them for the same locale.
   */
  readonly locale?: Locale;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function where(diagnostic: Diagnostic, locale: Locale): string {
  return diagnostic.path.length === 0 ? say(locale, "input") : isolate(diagnostic.path.join("."));
}

function cites(diagnostic: Diagnostic, locale: Locale): string {
  if (diagnostic.source === undefined) return "";
  return say(locale, "cites", { clause: diagnostic.source.clause, document: say(locale, `document.${diagnostic.source.document}`) });
}

function summary(diagnostics: readonly Diagnostic[], locale: Locale): string {
  const count = (severity: Severity) => {
    const n = diagnostics.filter((d) => d.severity === severity).length;
    return say(locale, `count.${severity}.${n === 1 ? "one" : "other"}`, { count: n });
  };
  return say(locale, "summary", { errors: count("error"), warnings: count("warning"), notes: count("info") });
}

function severityWord(severity: Severity, locale: Locale): string {
  return say(locale, `severity.${severity}`);
}

function symbol(severity: Severity): string {
  return match(severity)
    .with("error", () => "✖")
    .with("warning", () => "⚠")
    .with("info", () => "ℹ")
    .exhaustive();
}

/**
 * Renders findings for people: errors first, each with where it is in the
 * input, its message, the clause it enforces and the hint; then a count.
 * `"text"` suits a terminal, `"markdown"` a report or a pull request.
 *
 * @param diagnostics - Findings from any function of the library.
 * @param options - The output format and the language.
 * @returns The rendered findings; "No problems found." when there are none.
 * @throws `TypeError` when `options` is given but is not an object, or its `locale` is not `"en"` or `"zh-Hant"`.
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
 *
 * console.log(formatDiagnostics([], { locale: "zh-Hant" }));
 * // 沒有發現問題。
 * ```
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: FormatDiagnosticsOptions = {},
): string {
  const locale = checkedOptionsLocale(options);
  if (diagnostics.length === 0) return say(locale, "none");
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (options.format === "markdown") {
    const table = renderMarkdownTable(sorted, [
      { header: say(locale, "column.severity"), cell: (d) => severityWord(d.severity, locale) },
      { header: say(locale, "column.rule"), cell: (d) => `\`${d.ruleId}\`` },
      { header: say(locale, "column.where"), cell: (d) => `\`${where(d, locale)}\`` },
      { header: say(locale, "column.finding"), cell: (d) => (d.hint === undefined ? d.message : `${isolate(d.message)} _${isolate(d.hint)}_`) },
      { header: say(locale, "column.clause"), cell: (d) => cites(d, locale) },
    ]);
    return `${table}\n\n${summary(diagnostics, locale)}`;
  }
  const blocks = sorted.map((d) =>
    [
      `${symbol(d.severity)} ${severityWord(d.severity, locale)}  ${where(d, locale)}  ${isolate(d.ruleId)}`,
      `  ${isolate(d.message)}`,
      ...(d.source === undefined ? [] : [`  ${cites(d, locale)}`]),
      ...(d.hint === undefined ? [] : [`  ${say(locale, "hint", { hint: d.hint })}`]),
    ].join("\n"),
  );
  return `${blocks.join("\n")}\n\n${summary(diagnostics, locale)}`;
}

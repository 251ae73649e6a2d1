import { match } from "ts-pattern";
import { isolate } from "../text/isolate.js";
import type { Locale } from "../text/locale.js";
import { localizeDiagnostic, optionsLocale } from "./localizeDiagnostics.js";
import { renderMarkdownTable } from "../text/table.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { diagnosticMessage as say } from "./message.js";

/**
 * Options of {@link formatDiagnostics}.
 *
 * @example
 * ```ts
 * import type { FormatDiagnosticsOptions } from "collegiate";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: FormatDiagnosticsOptions = { format: "markdown", locale: zhHant };
 * ```
 */
export interface FormatDiagnosticsOptions {
  /** `"text"` for terminals (the default) or `"markdown"` for documents and pull requests. */
  readonly format?: "text" | "markdown";
  /**
   * The language of the whole report: the headings, counts and citations,
   * and the diagnostics' messages and hints, written again from their codes
   * (a diagnostic whose code the library does not know keeps its message).
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
 * @param options - The output format and the language (`en` by default); the findings are written again in it from their codes.
 * @returns The rendered findings; "No problems found." when there are none.
 * @throws {@link InvalidInputError} when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { formatDiagnostics } from "collegiate";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * console.log(
 *   formatDiagnostics([
 *     {
 *       ruleId: "lnct/focus-agreed-before-visit",
 *       severity: "error",
 *       code: "agreement/focus-agreed-before-visit",
 *       params: {},
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
 * console.log(formatDiagnostics([], { locale: zhHant }));
 * // 沒有發現問題。
 * ```
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: FormatDiagnosticsOptions = {},
): string {
  const locale = optionsLocale(options);
  if (diagnostics.length === 0) return say(locale, "none");
  // Written again from their codes, so stored diagnostics read in the language asked for.
  const sorted = diagnostics.map((diagnostic) => localizeDiagnostic(diagnostic, locale)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
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

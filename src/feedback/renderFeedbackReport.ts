import { match } from "ts-pattern";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { renderCsv } from "../text/csv.js";
import type { MessageParams } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { checkedOptions, ReportOptionsSchema } from "./arguments.js";
import { escapeMarkdownText, renderMarkdownTable, type Column } from "../text/table.js";
import { formatNumber, formatShare, formatShareWithInterval, hiddenReason, subgroups } from "./formatting.js";
import { feedbackMessage } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";
import type { FreeTextCategory } from "./question.js";
import type {
  ChoiceQuestionSummary,
  FeedbackSummary,
  FreeTextQuestionSummary,
  GroupSummary,
  PublishedGroupSummary,
  QuestionSummary,
  ScalePoint,
  ScaleQuestionSummary,
  YesNoQuestionSummary,
} from "./summary.js";

/**
 * Options of {@link renderFeedbackReport}.
 *
 * @example
 * ```ts
 * import type { FeedbackReportOptions } from "collegiate/feedback";
 *
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: FeedbackReportOptions = { format: "markdown", locale: zhHant };
 * ```
 */
export interface FeedbackReportOptions {
  /**
   * `"markdown"`: the summary report of findings for department or
   * whole-school discussion (A8); `"csv"`: one row per group, question and
   * measure, for spreadsheets; `"json"`: the summary as data. Default:
   * `"markdown"`.
   */
  readonly format?: "markdown" | "csv" | "json";
  /**
   * The language of the headings, column names and notes (Markdown) and of
   * the hidden groups' reasons (Markdown and CSV): `en` (the default),
   * `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. Questions, options and group labels are the summary's own:
   * summarise a survey edition in the same language (see
   * {@link localizeSurvey}), with the same `locale`. CSV column names and
   * JSON keys are identifiers and stay in English.
   */
  readonly locale?: Locale;
}

/** Fills a template of the feedback catalogue in the report's locale. */
type Say = (key: FeedbackMessageKey, params?: MessageParams) => string;

/** How many findings of each rule, without their messages (which may name a respondent id). */
function findings(diagnostics: readonly Diagnostic[]): { ruleId: string; severity: Diagnostic["severity"]; count: number }[] {
  const counted = new Map<string, { ruleId: string; severity: Diagnostic["severity"]; count: number }>();
  for (const { ruleId, severity } of diagnostics) {
    const entry = counted.get(ruleId) ?? { ruleId, severity, count: 0 };
    entry.count += 1;
    counted.set(ruleId, entry);
  }
  return [...counted.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
}

const text = escapeMarkdownText;

const isScale = (q: QuestionSummary): q is ScaleQuestionSummary => q.kind === "likert" || q.kind === "rating";
const isChoice = (q: QuestionSummary): q is ChoiceQuestionSummary => q.kind === "single-choice" || q.kind === "multiple-choice";
const isYesNo = (q: QuestionSummary): q is YesNoQuestionSummary => q.kind === "yes-no";
const isFreeText = (q: QuestionSummary): q is FreeTextQuestionSummary => q.kind === "free-text";

function quartiles(q: ScaleQuestionSummary): string {
  return q.lowerQuartile === null ? "–" : `${formatNumber(q.lowerQuartile, 1)}–${formatNumber(q.upperQuartile, 1)}`;
}

function scaleSection(say: Say, questions: readonly ScaleQuestionSummary[]): string[] {
  if (questions.length === 0) return [];
  const columns: Column<ScaleQuestionSummary>[] = [
    { header: say("report.column.question"), cell: (q) => text(q.text) },
    { header: say("report.column.n"), cell: (q) => String(q.n), align: "right" },
    { header: say("report.column.mean"), cell: (q) => formatNumber(q.mean), align: "right" },
    { header: say("report.column.median"), cell: (q) => formatNumber(q.median, 1), align: "right" },
    { header: say("report.column.quartiles"), cell: quartiles, align: "right" },
    { header: say("report.column.sd"), cell: (q) => formatNumber(q.standardDeviation), align: "right" },
    { header: say("report.column.top-box"), cell: (q) => formatShareWithInterval(q.topBox.share, q.topBox.interval), align: "right" },
    { header: say("report.column.bottom-box"), cell: (q) => formatShareWithInterval(q.bottomBox.share, q.bottomBox.interval), align: "right" },
  ];
  const sections = [`## ${say("report.section.scales")}`, renderMarkdownTable(questions, columns)];
  // One distribution table per scale, so that every column is one answer.
  const byScale = new Map<string, ScaleQuestionSummary[]>();
  for (const q of questions) {
    const scale = q.distribution.map((point) => point.label).join("\u0000");
    byScale.set(scale, [...(byScale.get(scale) ?? []), q]);
  }
  sections.push(`### ${say("report.section.distribution")}`);
  for (const group of byScale.values()) {
    const first = group[0] as ScaleQuestionSummary;
    sections.push(
      renderMarkdownTable(group, [
        { header: say("report.column.question"), cell: (q) => text(q.text) },
        ...first.distribution.map(
          (point, index): Column<ScaleQuestionSummary> => ({
            header: text(point.label),
            // The questions of a table share their scale, so each has this point.
            cell: (q) => {
              const { count, share } = q.distribution[index] as ScalePoint;
              return `${count} (${formatShare(share)})`;
            },
            align: "right",
          }),
        ),
      ]),
    );
  }
  const ratings = questions.filter((q) => q.netScore !== null);
  if (ratings.length > 0) {
    sections.push(
      `## ${say("report.section.net-score")}`,
      renderMarkdownTable(ratings, [
        { header: say("report.column.question"), cell: (q) => text(q.text) },
        { header: say("report.column.n"), cell: (q) => String(q.n), align: "right" },
        { header: say("report.column.promoters"), cell: (q) => String(q.netScore?.promoters), align: "right" },
        { header: say("report.column.passives"), cell: (q) => String(q.netScore?.passives), align: "right" },
        { header: say("report.column.detractors"), cell: (q) => String(q.netScore?.detractors), align: "right" },
        { header: say("report.column.net-score"), cell: (q) => formatNumber(q.netScore?.score, 0), align: "right" },
      ]),
    );
  }
  return sections;
}

function choiceSection(say: Say, questions: readonly ChoiceQuestionSummary[]): string[] {
  if (questions.length === 0) return [];
  return [
    `## ${say("report.section.choices")}`,
    ...questions.flatMap((q) => [
      `### ${text(q.text)}`,
      ...(q.kind === "multiple-choice"
        ? [`_${say("report.multiple-choice-note")}_ ${say("report.answered", { n: q.n })}`]
        : [say("report.answered", { n: q.n })]),
      renderMarkdownTable(q.options, [
        { header: say("report.column.option"), cell: (option) => text(option.label) },
        { header: say("report.column.count"), cell: (option) => String(option.count), align: "right" },
        { header: say("report.column.share"), cell: (option) => formatShareWithInterval(option.share, option.interval), align: "right" },
      ]),
    ]),
  ];
}

function yesNoSection(say: Say, questions: readonly YesNoQuestionSummary[]): string[] {
  if (questions.length === 0) return [];
  return [
    `## ${say("report.section.yes-no")}`,
    renderMarkdownTable(questions, [
      { header: say("report.column.question"), cell: (q) => text(q.text) },
      { header: say("report.column.n"), cell: (q) => String(q.n), align: "right" },
      { header: say("report.column.yes"), cell: (q) => formatShareWithInterval(q.yes.share, q.yes.interval), align: "right" },
      { header: say("report.column.no"), cell: (q) => String(q.no), align: "right" },
    ]),
  ];
}

function groupsSection(say: Say, locale: Locale, summary: FeedbackSummary, overall: PublishedGroupSummary): string[] {
  const groups = subgroups(summary);
  if (groups.length === 0) return [];
  const scaleIds = overall.questions.filter(isScale).map((q) => q.questionId);
  const hasRates = groups.some((group) => group.status === "published" && group.responseRate !== null);
  const published = (group: GroupSummary, cell: (group: PublishedGroupSummary) => string) =>
    group.status === "published" ? cell(group) : "–";
  const columns: Column<GroupSummary>[] = [
    { header: say("report.column.group"), cell: (group) => text(group.label) },
    {
      header: say("report.column.respondents"),
      cell: (group) => (group.status === "published" ? String(group.respondents) : hiddenReason(group, locale)),
      align: "right",
    },
    ...(hasRates
      ? [{ header: say("report.column.response-rate"), cell: (group: GroupSummary) => published(group, (g) => formatShare(g.responseRate?.rate)), align: "right" as const }]
      : []),
    ...scaleIds.map(
      (id): Column<GroupSummary> => ({
        header: say("report.column.mean-of", { question: text(id) }),
        cell: (group) =>
          published(group, (g) => {
            const q = g.questions.find((question) => question.questionId === id);
            return q !== undefined && isScale(q) ? formatNumber(q.mean) : "–";
          }),
        align: "right",
      }),
    ),
  ];
  const grouping = summary.groupBy.map((attribute) => say(`grouping.${attribute}`)).join(say("group.separator"));
  return [`## ${say("report.section.groups", { grouping })}`, renderMarkdownTable(groups, columns)];
}

const categories: readonly FreeTextCategory[] = ["wow", "wonder", "suggestion", "comment"];

function freeTextSection(say: Say, locale: Locale, questions: readonly FreeTextQuestionSummary[]): string[] {
  if (questions.length === 0) return [];
  const sections = [`## ${say("report.section.free-text")}`];
  for (const category of categories) {
    const inCategory = questions.filter((q) => q.category === category);
    if (inCategory.length === 0) continue;
    sections.push(`### ${say(`report.category.${category}`)}`);
    for (const q of inCategory) {
      if (inCategory.length > 1) sections.push(`**${text(q.text)}**`);
      sections.push(
        q.withheld !== null
          ? say("report.comments-withheld", { reason: hiddenReason(q.withheld, locale) })
          : q.texts.length === 0
          ? say("report.no-comments")
          : q.texts
              .map((entry) => `- ${entry.count > 1 ? say("report.repeated-comment", { comment: text(entry.text), count: entry.count }) : text(entry.text)}`)
              .join("\n"),
      );
    }
  }
  return sections;
}

function dataQualitySection(say: Say, summary: FeedbackSummary): string[] {
  const { responses, answers } = summary.leftOut;
  const counted = findings(summary.diagnostics);
  return [
    `## ${say("report.section.data-quality")}`,
    responses + answers === 0 ? say("report.nothing-left-out") : say("report.left-out", { responses, answers }),
    ...(counted.length === 0
      ? []
      : [
          renderMarkdownTable(counted, [
            { header: say("report.column.rule"), cell: (entry) => `\`${entry.ruleId}\`` },
            { header: say("report.column.count"), cell: (entry) => String(entry.count), align: "right" },
          ]),
        ]),
  ];
}

function markdown(summary: FeedbackSummary, locale: Locale): string {
  const say: Say = (key, params) => feedbackMessage(locale, key, params);
  const { overall } = summary;
  const head = [`# ${say("report.title", { survey: text(summary.survey.title) })}`];
  if (overall.status === "hidden") {
    head.push(say("report.overall-hidden", { minimum: summary.minGroupSize }));
    return [...head, ...dataQualitySection(say, summary)].join("\n\n") + "\n";
  }
  const rate = overall.responseRate;
  head.push(
    rate === null
      ? say("report.respondents", { respondents: overall.respondents })
      : say("report.respondents-invited", { respondents: overall.respondents, invited: rate.invited, rate: formatShare(rate.rate) }),
    say("report.anonymity", { minimum: summary.minGroupSize }),
  );
  const freeText = overall.questions.filter(isFreeText);
  if (freeText.length > 0) head.push(say("report.comment-anonymity", { minimum: summary.minCommentGroupSize }));
  return (
    [
      ...head,
      ...scaleSection(say, overall.questions.filter(isScale)),
      ...choiceSection(say, overall.questions.filter(isChoice)),
      ...yesNoSection(say, overall.questions.filter(isYesNo)),
      ...groupsSection(say, locale, summary, overall),
      ...freeTextSection(say, locale, freeText),
      ...dataQualitySection(say, summary),
    ].join("\n\n") + "\n"
  );
}

type CsvRow = (string | number | null)[];

function questionRows(group: string, respondents: number, q: QuestionSummary, locale: Locale): CsvRow[] {
  const row = (measure: string, option: string | number | null, value: number | string | null, lower: number | null = null, upper: number | null = null): CsvRow => [
    group, "published", respondents, q.questionId, q.kind, measure, option, value, lower, upper,
  ];
  const counts = [row("n", null, q.n), row("missing", null, q.missing)];
  return [
    ...counts,
    ...match(q)
      .with({ kind: "likert" }, { kind: "rating" }, (s) => [
        row("mean", null, s.mean),
        row("median", null, s.median),
        row("lower_quartile", null, s.lowerQuartile),
        row("upper_quartile", null, s.upperQuartile),
        row("standard_deviation", null, s.standardDeviation),
        row("top_box", s.topBox.values.join("|"), s.topBox.share, s.topBox.interval?.lower ?? null, s.topBox.interval?.upper ?? null),
        row("bottom_box", s.bottomBox.values.join("|"), s.bottomBox.share, s.bottomBox.interval?.lower ?? null, s.bottomBox.interval?.upper ?? null),
        ...(s.netScore === null ? [] : [row("net_score", null, s.netScore.score)]),
        ...s.distribution.map((point) => row("count", point.value, point.count)),
      ])
      .with({ kind: "single-choice" }, { kind: "multiple-choice" }, (c) =>
        c.options.map((option) => row("count", option.optionId, option.count, option.interval?.lower ?? null, option.interval?.upper ?? null)),
      )
      .with({ kind: "yes-no" }, (y) => [row("yes", null, y.yes.count, y.yes.interval?.lower ?? null, y.yes.interval?.upper ?? null), row("no", null, y.no)])
      .with({ kind: "free-text" }, (f) =>
        f.withheld === null
          ? f.texts.map((entry) => row(`text:${f.category}`, entry.text, entry.count))
          : [row(`texts_withheld:${f.category}`, null, hiddenReason(f.withheld, locale))],
      )
      .exhaustive(),
  ];
}

function csv(summary: FeedbackSummary, locale: Locale): string {
  const rows: CsvRow[] = [["group", "status", "respondents", "question_id", "kind", "measure", "option", "value", "ci_lower", "ci_upper"]];
  for (const group of [summary.overall, ...subgroups(summary)]) {
    if (group.status === "hidden") {
      rows.push([group.label, group.reason, hiddenReason(group, locale), null, null, null, null, null, null, null]);
      continue;
    }
    if (group.responseRate !== null) {
      rows.push([group.label, "published", group.respondents, null, null, "response_rate", group.responseRate.invited, group.responseRate.rate, null, null]);
    }
    for (const q of group.questions) rows.push(...questionRows(group.label, group.respondents, q, locale));
  }
  return renderCsv(rows);
}

function json(summary: FeedbackSummary): string {
  const { diagnostics, ...rest } = summary;
  return `${JSON.stringify({ ...rest, findings: findings(diagnostics) }, null, 2)}\n`;
}

/**
 * Renders a summary for people or programs:
 * - `"markdown"`: the summary report of findings (A8) for department or
 *   whole-school discussion: ratings with their statistics and intervals,
 *   distributions, net scores, choices, yes/no, a table by group (hidden
 *   groups say why), comments by category, and data quality;
 * - `"csv"`: one row per group, question and measure, with interval bounds,
 *   for spreadsheets (formulas are neutralised);
 * - `"json"`: the summary as data.
 *
 * Reports hold no respondent id and no text of a hidden group: findings are
 * given as counts per rule, never with their messages.
 *
 * @param summary - From {@link aggregateFeedback} or {@link summarize}.
 * @param options - The format (default `"markdown"`) and the language (default `en`; `zhHant` from `collegiate/locales/zh-Hant`, or your own locale).
 * @returns The report's text.
 * @throws {@link InvalidInputError} when the options are not valid, such as an unknown `format`.
 *
 * @example
 * ```ts
 * import { aggregateFeedback, localizeSurvey, renderFeedbackReport, wowsAndWondersSurvey } from "collegiate/feedback";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const responses = ["Pairs worked well", "Pairs worked well", "Video helped", "", "Planning together"].map((wow) => ({
 *   answers: { wow, "on-track": 4 },
 * }));
 * const report = renderFeedbackReport(aggregateFeedback(wowsAndWondersSurvey, responses), { format: "markdown" });
 * report.includes("- Pairs worked well (×2)"); // true
 *
 * const zh = aggregateFeedback(localizeSurvey(wowsAndWondersSurvey, zhHant), responses, { locale: zhHant });
 * renderFeedbackReport(zh, { format: "markdown", locale: zhHant }).split("\n")[0];
 * // "# 回饋摘要：同儕教練第三節：亮點與疑問"
 * ```
 */
export function renderFeedbackReport(summary: FeedbackSummary, options?: FeedbackReportOptions): string {
  const { format, locale } = checkedOptions(ReportOptionsSchema, options, "what.report-options");
  return match(format)
    .with("markdown", () => markdown(summary, locale))
    .with("csv", () => csv(summary, locale))
    .with("json", () => json(summary))
    .exhaustive();
}

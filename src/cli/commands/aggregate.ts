/**
 * `collegiate aggregate`: a survey's responses summarised, with small groups
 * hidden, as the Markdown report, CSV or JSON; what was left out goes to
 * standard error. Internal module.
 */
import { formatDiagnostics } from "../../diagnostics/formatDiagnostics.js";
import { aggregateFeedback } from "../../feedback/aggregateFeedback.js";
import { renderFeedbackReport } from "../../feedback/renderFeedbackReport.js";
import { groupingAttributes, type GroupingAttribute } from "../../feedback/response.js";
import type { FeedbackOptions } from "../../feedback/summarize.js";
import type { Survey } from "../../feedback/survey.js";
import { en, type Locale } from "../../text/locale.js";
import type { OptionValues } from "../arguments.js";
import type { CliHost } from "../host.js";
import { readDocument, readSurvey } from "../inputs.js";
import { say, sayList } from "../message.js";
import { exitCodeOf, lines, type CliOutput } from "../output.js";
import { UnusableInput } from "../unusable.js";

/** A survey, its responses, how to summarise them and how to print the summary. */
export interface AggregateInput {
  readonly survey: Survey;
  readonly responses: readonly unknown[];
  /** How to summarise, apart from the locale. */
  readonly options: Omit<FeedbackOptions, "locale">;
  readonly format: "markdown" | "csv" | "json";
  /** The language of the group labels, the findings and the report's headings: English by default. */
  readonly locale?: Locale;
}

/** Runs `aggregate` on inputs already read: the report, with the findings on standard error. */
export function aggregateCommand(input: AggregateInput): CliOutput {
  const locale = input.locale ?? en;
  const summary = aggregateFeedback(input.survey, input.responses, { ...input.options, locale });
  return {
    stdout: lines(renderFeedbackReport(summary, { format: input.format, locale })),
    stderr: summary.diagnostics.length === 0 ? "" : lines(formatDiagnostics(summary.diagnostics, { locale })),
    exitCode: exitCodeOf(summary.diagnostics),
  };
}

function wholeNumber(option: string, text: string, locale: Locale): number {
  if (!/^\d+$/.test(text)) throw UnusableInput.of(option, say("unusable.number", { value: text }, locale));
  return Number(text);
}

/** `--invited 40`, or `--invited "Harbour=20" --invited "Hill=15"` per value of the first grouping attribute. */
function invitedOf(values: readonly string[] | undefined, locale: Locale): FeedbackOptions["invited"] {
  if (values === undefined || values.length === 0) return undefined;
  const [first] = values;
  if (values.length === 1 && first !== undefined && /^\d+$/.test(first)) return Number(first);
  return Object.fromEntries(
    values.map((value) => {
      const match = /^(.+)=(\d+)$/.exec(value);
      if (match === null) throw UnusableInput.of("--invited", say("unusable.invited", { value }, locale));
      return [match[1] as string, Number(match[2])];
    }),
  );
}

function groupByOf(values: readonly string[] | undefined, locale: Locale): GroupingAttribute[] | undefined {
  if (values === undefined) return undefined;
  return values
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .map((value) => {
      if ((groupingAttributes as readonly string[]).includes(value)) return value as GroupingAttribute;
      throw UnusableInput.of("--group-by", say("unusable.choice", { choices: sayList(groupingAttributes, locale), value }, locale));
    });
}

/** Reads the responses file, the survey and the options `aggregate` is given. */
export async function readAggregateInput(host: CliHost, options: OptionValues<"aggregate">, files: readonly string[], locale: Locale): Promise<AggregateInput> {
  const [file, ...more] = files;
  if (file === undefined || more.length > 0) throw UnusableInput.of("aggregate", say("unusable.one-file", {}, locale));
  if (options.survey === undefined) throw UnusableInput.of("--survey", say("unusable.missing-option", { option: "--survey" }, locale));
  const survey = await readSurvey(host, options.survey, locale);
  const document = await readDocument(host, file, locale);
  if (!Array.isArray(document.value)) throw UnusableInput.of(document.file, say("unusable.not-a-list", {}, locale));
  const groupBy = groupByOf(options["group-by"], locale);
  const invited = invitedOf(options.invited, locale);
  return {
    survey,
    responses: document.value as unknown[],
    options: {
      ...(groupBy === undefined ? {} : { groupBy }),
      ...(options["min-group-size"] === undefined ? {} : { minGroupSize: wholeNumber("--min-group-size", options["min-group-size"], locale) }),
      ...(invited === undefined ? {} : { invited }),
    },
    format: options.json === true ? "json" : options.csv === true ? "csv" : "markdown",
    locale,
  };
}

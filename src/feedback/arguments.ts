/**
 * Checks of the options that feedback functions take from JavaScript, where
 * nothing has checked their types: each is parsed with a schema, and a wrong
 * one is an {@link InvalidInputError} with a diagnostic per problem (paths
 * relative to the options), in the options' own locale when that one is
 * valid. Internal module.
 */
import { z } from "zod";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput, type Parsed } from "../diagnostics/parseInput.js";
import { en, LocaleSchema, localeOf, type Locale } from "../text/locale.js";
import { feedbackMessage, feedbackTemplates } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";

/** Options that only choose the language of messages. */
export const LocaleOnlySchema = z.strictObject({ locale: LocaleSchema.default(en) });

/** The options of `renderFeedbackReport`: Markdown in English unless told otherwise. */
export const ReportOptionsSchema = z.strictObject({
  format: z.enum(["markdown", "csv", "json"]).default("markdown"),
  locale: LocaleSchema.default(en),
});

/** The options of `likertChartSvg`: any finite width (narrower ones are drawn at 480). */
export const ChartOptionsSchema = z.strictObject({
  width: z.number().refine(Number.isFinite).optional(),
  locale: LocaleSchema.default(en),
});

/**
 * The options parsed with `schema` (absent options are `{}`), or an
 * {@link InvalidInputError} about `what`.
 */
export function checkedOptions<S extends z.ZodType>(schema: S, options: unknown, what: FeedbackMessageKey): z.output<S> {
  const locale = localeOf(options);
  const parsed = parseInput(schema, options === undefined ? {} : options, locale, feedbackTemplates);
  if (!parsed.success) throw new InvalidInputError(feedbackMessage(locale, what), parsed.diagnostics, locale);
  return parsed.data;
}

/**
 * The language of a parsing function's options (English when none is
 * given), or the diagnostic of a `locale` that is not a locale, for the
 * function's result.
 */
export function parsedLocale(options: unknown): Parsed<Locale> {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  return parseInput(LocaleSchema.default(en), locale, en, feedbackTemplates, ["locale"]);
}

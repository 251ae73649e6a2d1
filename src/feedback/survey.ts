import { z } from "zod";
import { deepFreeze } from "../calendar/schoolCalendar.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import { SourceRefSchema } from "../diagnostics/sourceDocuments.js";
import { localeOf, type LocaleOptions } from "../text/locale.js";
import { parsedLocale } from "./arguments.js";
import { feedbackMessage, feedbackTemplates } from "./message.js";
import { checkUniqueIds, QuestionSchema } from "./question.js";

/**
 * Schema of a survey: an id, a title, the questions in the order people see
 * them, and optionally the clause of a source document it serves (S9 for the
 * joint-school evaluation, P5 for wows and wonders). Question ids must be
 * unique; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { SurveySchema } from "collegiate/feedback";
 *
 * SurveySchema.safeParse({ id: "s", title: "Check-in", questions: [] }).success; // false: no question
 * ```
 */
export const SurveySchema = z.strictObject({
  /** Stable id; accumulators of different surveys cannot be merged. */
  id: z.string().trim().min(1),
  /** What people read above the survey, and the report's title. */
  title: z.string().trim().min(1),
  /** The clause of a source document the survey serves, when there is one. */
  source: SourceRefSchema.optional(),
  /** The questions in the order people see them; at least one. */
  questions: z
    .array(QuestionSchema)
    .min(1)
    .check((ctx) => checkUniqueIds(ctx, "duplicate-question-id", "survey.duplicate-question-id")),
});

/**
 * What {@link defineSurvey} accepts.
 *
 * @example
 * ```ts
 * import type { SurveyInput } from "collegiate/feedback";
 *
 * const input: SurveyInput = {
 *   id: "check-in",
 *   title: "Coaching check-in",
 *   questions: [{ kind: "yes-no", id: "met", text: "Did you meet your coach this month?" }],
 * };
 * ```
 */
export type SurveyInput = z.input<typeof SurveySchema>;

/**
 * A validated, frozen survey definition: plain data that can be stored as
 * JSON and read back with {@link parseSurvey}.
 *
 * @example
 * ```ts
 * import { defineSurvey, type Survey } from "collegiate/feedback";
 *
 * const survey: Survey = defineSurvey({
 *   id: "check-in",
 *   title: "Coaching check-in",
 *   questions: [{ kind: "yes-no", id: "met", text: "Did you meet your coach this month?" }],
 * });
 * ```
 */
export type Survey = z.output<typeof SurveySchema>;

/**
 * Validates a survey definition from any source (a JSON file, a form builder)
 * and returns a result instead of throwing, with every problem and its path.
 *
 * @param input - Anything; typically parsed JSON.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns `{ ok: true, value: survey }` or `{ ok: false, diagnostics }` (also when `options.locale` is not a locale).
 *
 * @example
 * ```ts
 * import { parseSurvey } from "collegiate/feedback";
 *
 * const result = parseSurvey({
 *   id: "s",
 *   title: "Check-in",
 *   questions: [{ kind: "likert", id: "q", text: "Fine?", scale: ["Yes"] }],
 * });
 * result.diagnostics.map((d) => d.path.join(".")); // ["questions.0.scale"]
 * ```
 */
export function parseSurvey(input: unknown, options?: LocaleOptions): Result<Survey> {
  const language = parsedLocale(options);
  if (!language.success) return { ok: false, diagnostics: language.diagnostics };
  const parsed = parseInput(SurveySchema, input, language.data, feedbackTemplates);
  if (!parsed.success) return { ok: false, diagnostics: parsed.diagnostics };
  return { ok: true, value: deepFreeze(parsed.data), diagnostics: [] };
}

/**
 * Defines a survey: Likert questions (a labelled scale of 2 to 11 points),
 * 0–10 ratings, single and multiple choice, yes/no, and free text with a
 * category (`wow`, `wonder`, `suggestion`, `comment`). Throws an
 * {@link InvalidInputError} listing every problem when the definition is
 * invalid; use {@link parseSurvey} for untrusted input.
 *
 * @param input - The survey's definition.
 * @param options - `locale`: the language of the error, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns A frozen survey.
 * @throws {@link InvalidInputError} when the definition is invalid, or `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { defineSurvey } from "collegiate/feedback";
 *
 * const survey = defineSurvey({
 *   id: "observation-follow-up",
 *   title: "After the observed lesson",
 *   questions: [
 *     { kind: "likert", id: "useful", text: "The dialogue was useful.", scale: ["Disagree", "Unsure", "Agree"] },
 *     { kind: "free-text", id: "next-step", text: "One improvement step I will take", category: "suggestion" },
 *   ],
 * });
 * survey.questions.length; // 2
 * ```
 */
export function defineSurvey(input: SurveyInput, options?: LocaleOptions): Survey {
  const result = parseSurvey(input, options);
  if (!result.ok) {
    const locale = localeOf(options);
    throw new InvalidInputError(feedbackMessage(locale, "what.survey"), result.diagnostics, locale);
  }
  return result.value;
}

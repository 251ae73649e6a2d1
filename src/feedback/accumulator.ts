import { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import type { MessageParams } from "../text/formatMessage.js";
import type { Locale, LocaleOptions } from "../text/locale.js";
import { parsedLocale } from "./arguments.js";
import { feedbackMessage, feedbackTemplates, feedbackText } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";
import { SurveySchema, type Survey } from "./survey.js";
import { surveyLayout } from "./surveyLayout.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { fromWork, ownEntry, toWork, type Work } from "./tally.js";

const CountSchema = z.int().nonnegative();
const GroupValueSchema = z.string().min(1).nullable();

/**
 * Schema of one cell of an accumulator: the counts of the responses that
 * share one combination of grouping attributes (`null` where a response did
 * not state the attribute).
 *
 * @example
 * ```ts
 * import { AccumulatorCellSchema } from "collegiate/feedback";
 *
 * AccumulatorCellSchema.parse({
 *   school: "Harbour Secondary", role: null, activity: null, session: null,
 *   respondents: 2,
 *   counts: { again: [2, 0, 2] },
 *   texts: {},
 * });
 * ```
 */
export const AccumulatorCellSchema = z.strictObject({
  /** The school of the cell's respondents. */
  school: GroupValueSchema,
  /** Their role. */
  role: GroupValueSchema,
  /** The activity they evaluated. */
  activity: GroupValueSchema,
  /** The session (school year). */
  session: GroupValueSchema,
  /** How many responses the cell counts. */
  respondents: CountSchema,
  /**
   * Per counted question: how many answered, then how many chose each scale
   * point (lowest first), option (in the survey's order), or no then yes.
   */
  counts: z.record(z.string(), z.array(CountSchema)),
  /** Per free-text question: each distinct text once, with how many wrote it, sorted. */
  texts: z.record(z.string(), z.array(z.strictObject({ text: z.string().min(1), count: z.int().positive() }))),
});

/**
 * One cell of an accumulator.
 *
 * @example
 * ```ts
 * import type { AccumulatorCell } from "collegiate/feedback";
 *
 * const cell: AccumulatorCell = {
 *   school: "Harbour Secondary", role: "teacher", activity: null, session: null,
 *   respondents: 1, counts: {}, texts: { wow: [{ text: "Great dialogue", count: 1 }] },
 * };
 * ```
 */
export type AccumulatorCell = z.infer<typeof AccumulatorCellSchema>;

/**
 * Schema of a feedback accumulator: plain JSON that a school can store or
 * send to its district. Its size grows with the number of groups and scale
 * points, not with the number of responses, except for two parts that are
 * per response by nature: each distinct free text (once, with a count, never
 * with a respondent), and the respondent ids of responses that carried one
 * (to refuse a second response from the same person; never linked to answers).
 *
 * @example
 * ```ts
 * import { createAccumulator, FeedbackAccumulatorSchema, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const stored = JSON.stringify(createAccumulator(wowsAndWondersSurvey));
 * FeedbackAccumulatorSchema.safeParse(JSON.parse(stored)).success; // true
 * ```
 */
export const FeedbackAccumulatorSchema = z.strictObject({
  /** Identifies the format, for readers of stored accumulators. */
  format: z.literal("collegiate/feedback-accumulator@1"),
  /** The survey counted; accumulators of different surveys cannot be merged. */
  survey: SurveySchema,
  /** One cell per combination of grouping attributes met, sorted. */
  cells: z.array(AccumulatorCellSchema),
  /** Ids of the respondents counted, sorted; only responses that carried one. */
  respondentIds: z.array(z.string().min(1)),
  /** Respondent ids found in more than one merged accumulator, sorted: their answers are counted twice. */
  countedTwice: z.array(z.string().min(1)),
  /** How many responses were refused whole, and how many single answers were left out. */
  refused: z.strictObject({ responses: CountSchema, answers: CountSchema }),
});

/**
 * A feedback accumulator: the counts of a survey's responses by group, as
 * plain JSON. Build one with {@link createAccumulator} and
 * {@link addResponses}, combine with {@link mergeAccumulators}, read with
 * {@link summarize}.
 *
 * @example
 * ```ts
 * import { createAccumulator, wowsAndWondersSurvey, type FeedbackAccumulator } from "collegiate/feedback";
 *
 * const empty: FeedbackAccumulator = createAccumulator(wowsAndWondersSurvey);
 * JSON.stringify(empty).length > 0; // true
 * ```
 */
export type FeedbackAccumulator = z.infer<typeof FeedbackAccumulatorSchema>;

/**
 * An empty accumulator for a survey. The accumulator carries the survey's
 * definition, so that it can be stored, sent, merged and summarised on its
 * own.
 *
 * @param survey - The survey whose responses it will count.
 * @returns An accumulator with no responses.
 * @throws {@link InvalidInputError} when `survey` is not a valid survey
 *   (one from {@link defineSurvey} always is).
 *
 * @example
 * ```ts
 * import { createAccumulator, jointSchoolEvaluationSurvey } from "collegiate/feedback";
 *
 * const accumulator = createAccumulator(jointSchoolEvaluationSurvey);
 * accumulator.cells.length; // 0
 * ```
 */
export function createAccumulator(survey: Survey): FeedbackAccumulator {
  return {
    format: "collegiate/feedback-accumulator@1",
    survey: surveyLayout(survey).survey,
    cells: [],
    respondentIds: [],
    countedTwice: [],
    refused: { responses: 0, answers: 0 },
  };
}

type Detail = Extract<FeedbackMessageKey, `accumulator.detail.${string}`>;

function inconsistent(locale: Locale, path: (string | number)[], detail: Detail, params?: MessageParams): Diagnostic {
  return {
    ruleId: "feedback/accumulator-inconsistent",
    severity: "error",
    ...feedbackText(locale, "accumulator.inconsistent", { detail: feedbackMessage(locale, detail, params) }),
    path,
  };
}

function sortedUnique(values: readonly string[]): boolean {
  return values.every((value, index) => index === 0 || (values[index - 1] as string) < value);
}

/** Every way a parsed accumulator can disagree with its survey, each with its path. */
function checkCounts(accumulator: FeedbackAccumulator, locale: Locale): Diagnostic[] {
  const layout = surveyLayout(accumulator.survey);
  const problems: Diagnostic[] = [];
  const inconsistentAt = (path: (string | number)[], detail: Detail, params?: MessageParams) =>
    problems.push(inconsistent(locale, path, detail, params));
  if (!sortedUnique(accumulator.respondentIds)) inconsistentAt(["respondentIds"], "accumulator.detail.respondent-ids");
  if (!sortedUnique(accumulator.countedTwice)) inconsistentAt(["countedTwice"], "accumulator.detail.counted-twice");
  accumulator.cells.forEach((cell, index) => {
    const at = ["cells", index];
    for (const question of layout.counted) {
      const counts = ownEntry(cell.counts, question.question.id);
      const where = [...at, "counts", question.question.id];
      if (counts === undefined || counts.length !== question.values + 1) {
        inconsistentAt(where, "accumulator.detail.counts", { count: question.values + 1 });
        continue;
      }
      const [answered = 0, ...values] = counts;
      const chosen = values.reduce((sum, count) => sum + count, 0);
      if (answered > cell.respondents) inconsistentAt(where, "accumulator.detail.more-answers");
      const fits = question.question.kind === "multiple-choice" ? values.every((count) => count <= answered) : chosen === answered;
      if (!fits) inconsistentAt(where, "accumulator.detail.not-adding-up");
    }
    for (const question of layout.texts) {
      const texts = ownEntry(cell.texts, question.question.id);
      const where = [...at, "texts", question.question.id];
      if (texts === undefined) inconsistentAt(where, "accumulator.detail.missing-texts");
      else if (!sortedUnique(texts.map((entry) => entry.text))) inconsistentAt(where, "accumulator.detail.texts-order");
      else if (texts.reduce((sum, entry) => sum + entry.count, 0) > cell.respondents) inconsistentAt(where, "accumulator.detail.more-texts");
    }
    const extra = [...Object.keys(cell.counts), ...Object.keys(cell.texts)].filter((id) => !layout.byId.has(id));
    for (const id of extra) inconsistentAt([...at, "counts", id], "accumulator.detail.unknown-question", { id });
  });
  return problems;
}

/**
 * Validates an accumulator from any source (a file, a school's upload): its
 * shape, its survey, and that its counts fit the survey and add up. The
 * result is in canonical form, ready to merge.
 *
 * @param input - Anything; typically parsed JSON.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns `{ ok: true, value }` or `{ ok: false, diagnostics }` (also when `options.locale` is not a locale).
 *
 * @example
 * ```ts
 * import { createAccumulator, parseAccumulator, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const uploaded: unknown = JSON.parse(JSON.stringify(createAccumulator(wowsAndWondersSurvey)));
 * parseAccumulator(uploaded).ok; // true
 * parseAccumulator({ format: "something else" }).ok; // false
 * ```
 */
export function parseAccumulator(input: unknown, options?: LocaleOptions): Result<FeedbackAccumulator> {
  const language = parsedLocale(options);
  if (!language.success) return { ok: false, diagnostics: language.diagnostics };
  const locale = language.data;
  const parsed = parseInput(FeedbackAccumulatorSchema, input, locale, feedbackTemplates);
  if (!parsed.success) return { ok: false, diagnostics: parsed.diagnostics };
  const problems = checkCounts(parsed.data, locale);
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  return { ok: true, value: fromWork(toWork(parsed.data)), diagnostics: [] };
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
const isId = (value: unknown): boolean => typeof value === "string" && value !== "";
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isGroupValue = (value: unknown): boolean => value === null || isId(value);

/**
 * A quick test that an accumulator can be copied into a working copy
 * without a wrong type anywhere that copying reads (the survey is checked
 * by its layout); when it says no, the schema runs and explains.
 */
function isCountable(value: unknown): value is FeedbackAccumulator {
  if (!isRecord(value) || value["format"] !== "collegiate/feedback-accumulator@1" || !isRecord(value["survey"])) return false;
  const { cells, respondentIds, countedTwice, refused } = value;
  if (!Array.isArray(respondentIds) || !respondentIds.every(isId) || !Array.isArray(countedTwice) || !countedTwice.every(isId)) return false;
  if (!isRecord(refused) || !isCount(refused["responses"]) || !isCount(refused["answers"]) || !Array.isArray(cells)) return false;
  return cells.every(
    (cell: unknown) =>
      isRecord(cell) &&
      isGroupValue(cell["school"]) &&
      isGroupValue(cell["role"]) &&
      isGroupValue(cell["activity"]) &&
      isGroupValue(cell["session"]) &&
      isCount(cell["respondents"]) &&
      isRecord(cell["counts"]) &&
      Object.values(cell["counts"]).every((counts) => Array.isArray(counts) && counts.every(isCount)) &&
      isRecord(cell["texts"]) &&
      Object.values(cell["texts"]).every(
        (texts) => Array.isArray(texts) && texts.every((entry: unknown) => isRecord(entry) && typeof entry["text"] === "string" && isCount(entry["count"])),
      ),
  );
}

/**
 * The accumulator a function was given, or an {@link InvalidInputError}
 * with the diagnostics of {@link parseAccumulator} when it is not one (a
 * program's mistake: read stored accumulators with {@link parseAccumulator}).
 *
 * @internal
 */
export function checkedAccumulator(accumulator: unknown, locale: Locale): FeedbackAccumulator {
  if (isCountable(accumulator)) return accumulator;
  const parsed = parseAccumulator(accumulator, { locale });
  if (!parsed.ok) throw new InvalidInputError(feedbackMessage(locale, "what.accumulator"), parsed.diagnostics, locale);
  return parsed.value;
}

/** The working copy of an accumulator a function was given (see {@link checkedAccumulator}). @internal */
export function workOf(accumulator: unknown, locale: Locale): Work {
  return toWork(checkedAccumulator(accumulator, locale));
}

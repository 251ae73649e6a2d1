import { z } from "zod";
import { schemaIssue } from "../text/templates.js";
import { schemaMessage } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";

const QuestionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: () => schemaMessage("survey.question-id-format") });

const WordingSchema = z.string().trim().min(1);

/**
 * Schema of one option of a choice question: an id that answers use, and the
 * label people read.
 *
 * @example
 * ```ts
 * import { ChoiceOptionSchema } from "collegiate/feedback";
 *
 * ChoiceOptionSchema.parse({ id: "observation", label: "Lesson observation" });
 * ```
 */
export const ChoiceOptionSchema = z.strictObject({
  /** What an answer gives to choose this option. */
  id: QuestionIdSchema,
  /** What people read. */
  label: WordingSchema,
});

/**
 * One option of a choice question.
 *
 * @example
 * ```ts
 * import type { ChoiceOption } from "collegiate/feedback";
 *
 * const option: ChoiceOption = { id: "half-day", label: "Half a day" };
 * ```
 */
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/**
 * Adds an issue at the `id` of every item whose id an earlier item already
 * has: option ids within a question, question ids within a survey.
 *
 * @internal
 */
export function checkUniqueIds(
  ctx: z.core.ParsePayload<readonly { readonly id: string }[]>,
  ruleId: string,
  key: FeedbackMessageKey,
): void {
  const seen = new Set<string>();
  ctx.value.forEach(({ id }, index) => {
    if (seen.has(id)) {
      ctx.issues.push(schemaIssue(schemaMessage(key), { id }, { ruleId, path: [index, "id"], input: id }));
    }
    seen.add(id);
  });
}

const OptionsSchema = z
  .array(ChoiceOptionSchema)
  .min(2)
  .check((ctx) => checkUniqueIds(ctx, "duplicate-option-id", "survey.duplicate-option-id"));

/**
 * Schema of a Likert question: a statement answered on a labelled scale of 2
 * to 11 points, lowest first. Answers are the point's position, 1 to the
 * number of points.
 *
 * @example
 * ```ts
 * import { LikertQuestionSchema } from "collegiate/feedback";
 *
 * LikertQuestionSchema.parse({
 *   kind: "likert",
 *   id: "goals",
 *   text: "The activity met its goals.",
 *   scale: ["Disagree", "Partly agree", "Agree"],
 * });
 * ```
 */
export const LikertQuestionSchema = z.strictObject({
  kind: z.literal("likert"),
  /** Stable id that answers use. */
  id: QuestionIdSchema,
  /** The statement or question people read. */
  text: WordingSchema,
  /** The labels of the scale's points, lowest first; answers are 1 to their number. */
  scale: z
    .array(WordingSchema)
    .check((ctx) => {
      const points = ctx.value.length;
      if (points < 2 || points > 11) {
        ctx.issues.push(schemaIssue(schemaMessage("survey.likert-scale-size"), { points }, { ruleId: "likert-scale-size", input: ctx.value }));
      }
    }),
});

/**
 * Schema of a 0–10 rating question ("How likely are you to recommend…?").
 * Answers are whole numbers from 0 to 10; summaries add the net score.
 *
 * @example
 * ```ts
 * import { RatingQuestionSchema } from "collegiate/feedback";
 *
 * RatingQuestionSchema.parse({ kind: "rating", id: "recommend", text: "Would you recommend it?" });
 * ```
 */
export const RatingQuestionSchema = z.strictObject({
  kind: z.literal("rating"),
  /** Stable id that answers use. */
  id: QuestionIdSchema,
  /** The question people read. */
  text: WordingSchema,
  /** What 0 means, for people and charts. */
  lowLabel: WordingSchema.optional(),
  /** What 10 means, for people and charts. */
  highLabel: WordingSchema.optional(),
});

/**
 * Schema of a single-choice question: the answer is one option id.
 *
 * @example
 * ```ts
 * import { SingleChoiceQuestionSchema } from "collegiate/feedback";
 *
 * SingleChoiceQuestionSchema.parse({
 *   kind: "single-choice",
 *   id: "duration",
 *   text: "Next time, the activity should last",
 *   options: [{ id: "half-day", label: "Half a day" }, { id: "full-day", label: "A full day" }],
 * });
 * ```
 */
export const SingleChoiceQuestionSchema = z.strictObject({
  kind: z.literal("single-choice"),
  /** Stable id that answers use. */
  id: QuestionIdSchema,
  /** The question people read. */
  text: WordingSchema,
  /** At least two options, each with its own id. */
  options: OptionsSchema,
});

/**
 * Schema of a multiple-choice question: the answer is a list of option ids
 * (an empty list means "none of these").
 *
 * @example
 * ```ts
 * import { MultipleChoiceQuestionSchema } from "collegiate/feedback";
 *
 * MultipleChoiceQuestionSchema.parse({
 *   kind: "multiple-choice",
 *   id: "useful",
 *   text: "Which parts were useful?",
 *   options: [{ id: "observation", label: "Lesson observation" }, { id: "dialogue", label: "Dialogue" }],
 * });
 * ```
 */
export const MultipleChoiceQuestionSchema = z.strictObject({
  kind: z.literal("multiple-choice"),
  /** Stable id that answers use. */
  id: QuestionIdSchema,
  /** The question people read. */
  text: WordingSchema,
  /** At least two options, each with its own id. */
  options: OptionsSchema,
});

/**
 * Schema of a yes-or-no question: the answer is `true` or `false`.
 *
 * @example
 * ```ts
 * import { YesNoQuestionSchema } from "collegiate/feedback";
 *
 * YesNoQuestionSchema.parse({ kind: "yes-no", id: "again", text: "Would you take part again?" });
 * ```
 */
export const YesNoQuestionSchema = z.strictObject({
  kind: z.literal("yes-no"),
  /** Stable id that answers use. */
  id: QuestionIdSchema,
  /** The question people read. */
  text: WordingSchema,
});

/**
 * Schema of the category of a free-text question: `wow` (what went well),
 * `wonder` (an open question), `suggestion` (for improvement) or `comment`.
 *
 * @example
 * ```ts
 * import { FreeTextCategorySchema } from "collegiate/feedback";
 *
 * FreeTextCategorySchema.options; // ["wow", "wonder", "suggestion", "comment"]
 * ```
 */
export const FreeTextCategorySchema = z.enum(["wow", "wonder", "suggestion", "comment"]);

/**
 * The category of a free-text question.
 *
 * @example
 * ```ts
 * import type { FreeTextCategory } from "collegiate/feedback";
 *
 * const category: FreeTextCategory = "wonder";
 * ```
 */
export type FreeTextCategory = z.infer<typeof FreeTextCategorySchema>;

/**
 * Schema of a free-text question. Its answers are kept as texts grouped by
 * category, never with the respondent who wrote them.
 *
 * @example
 * ```ts
 * import { FreeTextQuestionSchema } from "collegiate/feedback";
 *
 * FreeTextQuestionSchema.parse({ kind: "free-text", id: "wow", text: "What went well?", category: "wow" });
 * ```
 */
export const FreeTextQuestionSchema = z.strictObject({
  kind: z.literal("free-text"),
  /** Stable id that answers use. */
  id: QuestionIdSchema,
  /** The question people read. */
  text: WordingSchema,
  /** What kind of text the question collects. */
  category: FreeTextCategorySchema,
});

/**
 * Schema of any survey question, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { QuestionSchema } from "collegiate/feedback";
 *
 * QuestionSchema.parse({ kind: "yes-no", id: "again", text: "Would you take part again?" }).kind; // "yes-no"
 * ```
 */
export const QuestionSchema = z.discriminatedUnion("kind", [
  LikertQuestionSchema,
  RatingQuestionSchema,
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  YesNoQuestionSchema,
  FreeTextQuestionSchema,
]);

/**
 * A survey question of any kind.
 *
 * @example
 * ```ts
 * import type { Question } from "collegiate/feedback";
 *
 * const question: Question = { kind: "rating", id: "recommend", text: "Would you recommend it?" };
 * ```
 */
export type Question = z.infer<typeof QuestionSchema>;

/**
 * The kind of a question: `"likert"`, `"rating"`, `"single-choice"`,
 * `"multiple-choice"`, `"yes-no"` or `"free-text"`.
 *
 * @example
 * ```ts
 * import type { QuestionKind } from "collegiate/feedback";
 *
 * const kind: QuestionKind = "likert";
 * ```
 */
export type QuestionKind = Question["kind"];

/**
 * A Likert or 0–10 rating question: the kinds with a numeric scale.
 *
 * @example
 * ```ts
 * import type { ScaleQuestion } from "collegiate/feedback";
 *
 * const question: ScaleQuestion = { kind: "rating", id: "recommend", text: "Would you recommend it?" };
 * ```
 */
export type ScaleQuestion = Extract<Question, { kind: "likert" | "rating" }>;

/**
 * A Likert question.
 *
 * @example
 * ```ts
 * import type { LikertQuestion } from "collegiate/feedback";
 *
 * const goals: LikertQuestion = { kind: "likert", id: "goals", text: "The goals were met.", scale: ["No", "Partly", "Yes"] };
 * ```
 */
export type LikertQuestion = z.infer<typeof LikertQuestionSchema>;

/**
 * A 0–10 rating question.
 *
 * @example
 * ```ts
 * import type { RatingQuestion } from "collegiate/feedback";
 *
 * const recommend: RatingQuestion = { kind: "rating", id: "recommend", text: "Would you recommend it?" };
 * ```
 */
export type RatingQuestion = z.infer<typeof RatingQuestionSchema>;

/**
 * A single-choice question.
 *
 * @example
 * ```ts
 * import type { SingleChoiceQuestion } from "collegiate/feedback";
 *
 * const duration: SingleChoiceQuestion = {
 *   kind: "single-choice",
 *   id: "duration",
 *   text: "Next time, the activity should last",
 *   options: [{ id: "half-day", label: "Half a day" }, { id: "full-day", label: "A full day" }],
 * };
 * ```
 */
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;

/**
 * A multiple-choice question.
 *
 * @example
 * ```ts
 * import type { MultipleChoiceQuestion } from "collegiate/feedback";
 *
 * const useful: MultipleChoiceQuestion = {
 *   kind: "multiple-choice",
 *   id: "useful",
 *   text: "Which parts were useful?",
 *   options: [{ id: "observation", label: "Lesson observation" }, { id: "dialogue", label: "Dialogue" }],
 * };
 * ```
 */
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestionSchema>;

/**
 * A yes-or-no question.
 *
 * @example
 * ```ts
 * import type { YesNoQuestion } from "collegiate/feedback";
 *
 * const again: YesNoQuestion = { kind: "yes-no", id: "again", text: "Would you take part again?" };
 * ```
 */
export type YesNoQuestion = z.infer<typeof YesNoQuestionSchema>;

/**
 * A free-text question with its category.
 *
 * @example
 * ```ts
 * import type { FreeTextQuestion } from "collegiate/feedback";
 *
 * const wow: FreeTextQuestion = { kind: "free-text", id: "wow", text: "What went well?", category: "wow" };
 * ```
 */
export type FreeTextQuestion = z.infer<typeof FreeTextQuestionSchema>;

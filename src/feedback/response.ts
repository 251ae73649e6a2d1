import { z } from "zod";

/**
 * The attributes responses can be grouped by, outermost first in a nested
 * grouping: the respondent's `school`, their `role` (such as "teacher" or
 * "school manager"), the `activity` they evaluate, and the `session` (the
 * school year, such as "2026/27").
 *
 * @example
 * ```ts
 * import { groupingAttributes } from "collegiate/feedback";
 *
 * groupingAttributes; // ["school", "role", "activity", "session"]
 * ```
 */
export const groupingAttributes = ["school", "role", "activity", "session"] as const;

/**
 * Schema of a grouping attribute: one of {@link groupingAttributes}.
 *
 * @example
 * ```ts
 * import { GroupingAttributeSchema } from "collegiate/feedback";
 *
 * GroupingAttributeSchema.parse("school"); // "school"
 * ```
 */
export const GroupingAttributeSchema = z.enum(groupingAttributes);

/**
 * A grouping attribute: `"school"`, `"role"`, `"activity"` or `"session"`.
 *
 * @example
 * ```ts
 * import type { GroupingAttribute } from "collegiate/feedback";
 *
 * const by: GroupingAttribute[] = ["school", "role"];
 * ```
 */
export type GroupingAttribute = z.infer<typeof GroupingAttributeSchema>;

/**
 * Schema of one answer as it arrives: a number (Likert point or 0–10
 * rating), `true`/`false` (yes/no), a string (a single-choice option id or
 * free text), a list of option ids (multiple choice), or `null` for no
 * answer. Whether the answer fits its question is checked against the survey.
 *
 * @example
 * ```ts
 * import { AnswerSchema } from "collegiate/feedback";
 *
 * AnswerSchema.safeParse(["observation", "dialogue"]).success; // true
 * ```
 */
export const AnswerSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.string()), z.null()]);

/**
 * One answer as it arrives, before it is checked against its question.
 *
 * @example
 * ```ts
 * import type { Answer } from "collegiate/feedback";
 *
 * const answer: Answer = 4;
 * ```
 */
export type Answer = z.infer<typeof AnswerSchema>;

const GroupValueSchema = z.string().trim().min(1).optional();

/**
 * Schema of one response to a survey: its grouping attributes, an optional
 * respondent id (only used to refuse a second response from the same
 * person), and the answers by question id. Unknown keys are refused, so a
 * misspelt `schol` cannot silently drop a response out of its school.
 *
 * @example
 * ```ts
 * import { FeedbackResponseSchema } from "collegiate/feedback";
 *
 * FeedbackResponseSchema.parse({ school: "Harbour Secondary", role: "teacher", answers: { goals: 4 } });
 * ```
 */
export const FeedbackResponseSchema = z.strictObject({
  /** A pseudonymous id, unique per respondent; never shown with answers. */
  respondentId: z.string().min(1).optional(),
  /** The respondent's school. */
  school: GroupValueSchema,
  /** The respondent's role, such as "teacher" or "school manager". */
  role: GroupValueSchema,
  /** The activity the response evaluates. */
  activity: GroupValueSchema,
  /** The session (school year), such as "2026/27". */
  session: GroupValueSchema,
  /** Answers by question id; a missing or `null` answer is "no answer". */
  answers: z.record(z.string(), AnswerSchema),
});

/**
 * One response to a survey.
 *
 * @example
 * ```ts
 * import type { FeedbackResponse } from "collegiate/feedback";
 *
 * const response: FeedbackResponse = {
 *   school: "Harbour Secondary",
 *   role: "teacher",
 *   answers: { goals: 4, recommend: 9, useful: ["observation"], again: true, "went-well": "The dialogue." },
 * };
 * ```
 */
export type FeedbackResponse = z.infer<typeof FeedbackResponseSchema>;

function isGroupValue(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value !== "" && value.trim() === value);
}

/**
 * A quick test of a response's envelope (its keys, respondent id, grouping
 * attributes, and that `answers` is a plain object) that implies
 * {@link FeedbackResponseSchema} accepts the envelope unchanged, so that
 * counting a million responses need not run the schema on each. When it says
 * no, the schema runs and explains. The answers' values are checked one by
 * one against their questions when they are counted.
 *
 * @internal
 */
export function isWellFormedResponse(value: unknown): value is FeedbackResponse {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const response = value as Record<string, unknown>;
  for (const key in response) {
    switch (key) {
      case "answers":
      case "school":
      case "role":
      case "activity":
      case "session":
      case "respondentId":
        continue;
      default:
        return false;
    }
  }
  const { respondentId, answers } = response;
  if (respondentId !== undefined && (typeof respondentId !== "string" || respondentId === "")) return false;
  if (!isGroupValue(response["school"]) || !isGroupValue(response["role"])) return false;
  if (!isGroupValue(response["activity"]) || !isGroupValue(response["session"])) return false;
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) return false;
  const prototype: unknown = Object.getPrototypeOf(answers);
  return prototype === Object.prototype || prototype === null;
}

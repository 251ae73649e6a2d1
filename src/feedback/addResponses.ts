import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LocaleOptions } from "../text/locale.js";
import { checkedOptions, LocaleOnlySchema } from "./arguments.js";
import { workOf, type FeedbackAccumulator } from "./accumulator.js";
import { fromWork, tallyResponse, tallyResponses } from "./tally.js";

/**
 * What {@link addResponses} and {@link addResponse} return: the new
 * accumulator, and a diagnostic for every response refused and every answer
 * left out.
 *
 * @example
 * ```ts
 * import { addResponse, createAccumulator, wowsAndWondersSurvey, type Accumulated } from "collegiate/feedback";
 *
 * const result: Accumulated = addResponse(createAccumulator(wowsAndWondersSurvey), { answers: {} });
 * result.diagnostics.length; // 0
 * ```
 */
export interface Accumulated {
  /** The accumulator with every valid response and answer counted. */
  readonly accumulator: FeedbackAccumulator;
  /** Why responses or answers were left out; paths start at the response's index. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Counts responses into an accumulator and returns a new one; the given
 * accumulator is not changed. Each response is checked against the survey:
 * a malformed response or a second response from the same respondent id is
 * refused whole; an answer outside its scale, naming an unknown option, of
 * the wrong type, or to an unknown question is left out alone. Every refusal
 * comes back as a diagnostic whose path starts at the response's index;
 * responses that are no list at all (`null`, an object, a string) count
 * nothing and come back as one diagnostic. No response makes it throw.
 *
 * Costs one pass over the responses plus one copy of the accumulator, so
 * counting in batches is cheap; the counts of a million responses take a
 * few hundred milliseconds.
 *
 * @param accumulator - What has been counted so far (for example from {@link createAccumulator}).
 * @param responses - Responses from any source; each is checked.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns The new accumulator and the diagnostics.
 * @throws {@link InvalidInputError} when the options are not valid (such as an unknown locale), or
 *   `accumulator` is not an accumulator (read stored ones with {@link parseAccumulator}).
 *
 * @example
 * ```ts
 * import { addResponses, createAccumulator, jointSchoolEvaluationSurvey } from "collegiate/feedback";
 *
 * const { accumulator, diagnostics } = addResponses(createAccumulator(jointSchoolEvaluationSurvey), [
 *   { school: "Harbour Secondary", role: "teacher", answers: { goals: 4, recommend: 9 } },
 *   { school: "Harbour Secondary", role: "teacher", answers: { goals: 7 } },
 * ]);
 * accumulator.cells[0]?.respondents; // 2
 * diagnostics[0]?.ruleId; // "feedback/value-outside-scale"
 * ```
 */
export function addResponses(
  accumulator: FeedbackAccumulator,
  responses: Iterable<unknown>,
  options?: LocaleOptions,
): Accumulated {
  const { locale } = checkedOptions(LocaleOnlySchema, options, "what.locale-options");
  const work = workOf(accumulator, locale);
  const diagnostics: Diagnostic[] = [];
  tallyResponses(work, responses, { diagnostics, locale });
  return { accumulator: fromWork(work), diagnostics };
}

/**
 * Counts one response into an accumulator and returns a new one, like
 * {@link addResponses} with paths relative to the response. It copies the
 * accumulator, so for many responses prefer {@link addResponses}.
 *
 * @param accumulator - What has been counted so far.
 * @param response - One response from any source.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns The new accumulator and the diagnostics.
 * @throws {@link InvalidInputError} when the options are not valid (such as an unknown locale), or
 *   `accumulator` is not an accumulator (read stored ones with {@link parseAccumulator}).
 *
 * @example
 * ```ts
 * import { addResponse, createAccumulator, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const { accumulator } = addResponse(createAccumulator(wowsAndWondersSurvey), {
 *   school: "Hill Primary",
 *   answers: { "on-track": 4, wow: "My coachee tried think-pair-share." },
 * });
 * accumulator.cells[0]?.texts["wow"]; // [{ text: "My coachee tried think-pair-share.", count: 1 }]
 * ```
 */
export function addResponse(accumulator: FeedbackAccumulator, response: unknown, options?: LocaleOptions): Accumulated {
  const { locale } = checkedOptions(LocaleOnlySchema, options, "what.locale-options");
  const work = workOf(accumulator, locale);
  const diagnostics: Diagnostic[] = [];
  tallyResponse(work, response, undefined, { diagnostics, locale });
  return { accumulator: fromWork(work), diagnostics };
}

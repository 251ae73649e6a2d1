import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { en } from "../text/locale.js";
import { readOptions, summarizeWork, type FeedbackOptions } from "./summarize.js";
import type { Survey } from "./survey.js";
import type { FeedbackSummary } from "./summary.js";
import { emptyWork, tallyResponses } from "./tally.js";

/**
 * Summarises a survey's responses in one call: counts them (refusing bad
 * responses and answers with diagnostics, never throwing on them) and
 * summarises the counts. The same as {@link summarize} of
 * {@link addResponses} on {@link createAccumulator}, with the diagnostics of
 * both; use those to count in steps or to merge schools' counts.
 *
 * @param survey - The survey answered.
 * @param responses - Responses from any source; each is checked, and a value that is no list of responses counts nothing, with a diagnostic.
 * @param options - Grouping, the minimum group size (default 5, never below 3), the number invited, and the `locale` of the group labels and diagnostics.
 * @returns The summary; its `diagnostics` say what was left out and why.
 * @throws {@link InvalidInputError} when the options are invalid.
 *
 * @example
 * ```ts
 * import { aggregateFeedback, jointSchoolEvaluationSurvey } from "collegiate/feedback";
 *
 * const responses = [5, 4, 4, 3, 5, 2].map((goals, i) => ({ school: "Harbour Secondary", answers: { goals, recommend: 6 + i } }));
 * const summary = aggregateFeedback(jointSchoolEvaluationSurvey, responses, { invited: 10 });
 * if (summary.overall.status === "published") {
 *   summary.overall.responseRate?.rate; // 0.6
 *   const goals = summary.overall.questions.find((q) => q.questionId === "goals");
 *   if (goals?.kind === "likert") goals.mean; // 3.8333…
 * }
 * ```
 */
export function aggregateFeedback(
  survey: Survey,
  responses: Iterable<unknown>,
  options: FeedbackOptions = {},
): FeedbackSummary {
  const settings = readOptions(options);
  // The same steps as addResponses and summarize, without the JSON accumulator in between.
  const work = emptyWork(survey);
  const diagnostics: Diagnostic[] = [];
  tallyResponses(work, responses, { diagnostics, locale: settings.locale ?? en });
  const summary = summarizeWork(work, settings);
  return { ...summary, diagnostics: [...diagnostics, ...summary.diagnostics] };
}

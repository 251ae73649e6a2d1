import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import type { FeedbackAccumulator } from "./accumulator.js";
import { feedbackMessage } from "./message.js";
import { surveyLayout } from "./surveyLayout.js";
import { addCell, fromWork, toWork } from "./tally.js";

/**
 * Merges two accumulators of the same survey, such as two schools' counts
 * for their district: the result equals counting both sets of responses
 * into one accumulator. Merging is associative and commutative, so a
 * district can merge its schools' accumulators in any order and grouping.
 * Neither argument is changed.
 *
 * A respondent id found in both accumulators cannot be taken back out of
 * the counts (they hold no single response), so it is listed in
 * `countedTwice` and the summary warns about it; respondent ids that are
 * unique across schools avoid it.
 *
 * @param first - One accumulator.
 * @param second - Another accumulator of the same survey.
 * @returns The merged accumulator.
 * @throws {@link InvalidInputError} when the accumulators count different
 *   surveys (in English: it takes no options, so that
 *   `accumulators.reduce(mergeAccumulators)` works, and merging different
 *   surveys is a mistake of the program rather than of its input).
 *
 * @example
 * ```ts
 * import { addResponses, createAccumulator, mergeAccumulators, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const empty = createAccumulator(wowsAndWondersSurvey);
 * const hill = addResponses(empty, [{ school: "Hill Primary", answers: { "on-track": 4 } }]).accumulator;
 * const bay = addResponses(empty, [{ school: "Bay Primary", answers: { "on-track": 2 } }]).accumulator;
 * const district = [hill, bay].reduce(mergeAccumulators, empty);
 * district.cells.map((cell) => cell.school); // ["Bay Primary", "Hill Primary"]
 * ```
 */
export function mergeAccumulators(first: FeedbackAccumulator, second: FeedbackAccumulator): FeedbackAccumulator {
  if (surveyLayout(first.survey).identity !== surveyLayout(second.survey).identity) {
    throw new InvalidInputError(feedbackMessage("en", "what.accumulator"), [
      {
        ruleId: "feedback/different-surveys",
        severity: "error",
        message: feedbackMessage("en", "accumulator.different-surveys", { first: first.survey.id, second: second.survey.id }),
        path: ["survey"],
      },
    ]);
  }
  const work = toWork(first);
  for (const cell of second.cells) addCell(work, cell);
  for (const id of second.countedTwice) work.countedTwice.add(id);
  for (const id of second.respondentIds) {
    if (work.respondentIds.has(id)) work.countedTwice.add(id);
    else work.respondentIds.add(id);
  }
  work.refused.responses += second.refused.responses;
  work.refused.answers += second.refused.answers;
  return fromWork(work);
}

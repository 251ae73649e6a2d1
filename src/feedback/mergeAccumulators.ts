import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { checkedAccumulator, workOf, type FeedbackAccumulator } from "./accumulator.js";
import { en } from "../text/locale.js";
import { feedbackMessage, feedbackText } from "./message.js";
import { surveyLayout } from "./surveyLayout.js";
import { addCell, fromWork } from "./tally.js";

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
 * @throws {@link InvalidInputError} when either is not an accumulator, or the accumulators count different
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
  const work = workOf(first, en);
  const other = checkedAccumulator(second, en);
  if (work.layout.identity !== surveyLayout(other.survey).identity) {
    throw new InvalidInputError(feedbackMessage(en, "what.accumulator"), [
      {
        ruleId: "feedback/different-surveys",
        severity: "error",
        ...feedbackText(en, "accumulator.different-surveys", { first: work.layout.survey.id, second: other.survey.id }),
        path: ["survey"],
      },
    ], en);
  }
  for (const cell of other.cells) addCell(work, cell);
  for (const id of other.countedTwice) work.countedTwice.add(id);
  for (const id of other.respondentIds) {
    if (work.respondentIds.has(id)) work.countedTwice.add(id);
    else work.respondentIds.add(id);
  }
  work.refused.responses += other.refused.responses;
  work.refused.answers += other.refused.answers;
  return fromWork(work);
}

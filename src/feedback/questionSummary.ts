/**
 * One question's summary from a group's counts. Built for every question of
 * every group, so each result is one object literal of a fixed shape.
 * Internal module.
 */
import { describeCounts, proportion } from "./statistics.js";
import type { CountedLayout, TextLayout } from "./surveyLayout.js";
import type { FreeTextEntry, NetScore, QuestionSummary, ScaleBox, ScalePoint, WithheldTexts } from "./summary.js";

/**
 * The group's tally always has the layout's width, so every slot read below
 * is inside it and holds a number.
 */
function sum(counts: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i += 1) total += counts[i] as number;
  return total;
}

function box(values: readonly number[], counts: Float64Array, from: number, to: number, n: number): ScaleBox {
  const count = sum(counts, from, to);
  const { share, interval } = proportion(count, n);
  return { values: values.slice(from, to), count, share, interval };
}

function netScore(counts: Float64Array, n: number): NetScore | null {
  if (n === 0) return null;
  const promoters = sum(counts, 9, 11);
  const passives = sum(counts, 7, 9);
  const detractors = sum(counts, 0, 7);
  return { promoters, passives, detractors, score: (100 * (promoters - detractors)) / n };
}

/** The summary of a counted question, from the group's whole tally and its number of respondents. */
export function countedQuestionSummary(layout: CountedLayout, tally: Float64Array, respondents: number): QuestionSummary {
  const { question, offset, values } = layout;
  const n = tally[offset] as number;
  const counts = tally.subarray(offset + 1, offset + 1 + values);
  const missing = respondents - n;
  switch (question.kind) {
    case "likert":
    case "rating": {
      const { kind } = question;
      const distribution = layout.points.map(({ value, label }, index): ScalePoint => {
        const count = counts[index] as number;
        return { value, label, count, share: n === 0 ? null : count / n };
      });
      const boxSize = values >= 4 ? 2 : 1;
      const statistics = describeCounts(layout.pointValues, counts);
      return {
        questionId: question.id,
        text: question.text,
        n,
        missing,
        kind,
        distribution,
        mean: statistics.mean,
        median: statistics.median,
        lowerQuartile: statistics.lowerQuartile,
        upperQuartile: statistics.upperQuartile,
        standardDeviation: statistics.standardDeviation,
        topBox: box(layout.pointValues, counts, values - boxSize, values, n),
        bottomBox: box(layout.pointValues, counts, 0, boxSize, n),
        netScore: kind === "rating" ? netScore(counts, n) : null,
      };
    }
    case "single-choice":
    case "multiple-choice":
      return {
        questionId: question.id,
        text: question.text,
        n,
        missing,
        kind: question.kind,
        options: question.options.map((option, index) => {
          const count = counts[index] as number;
          const { share, interval } = proportion(count, n);
          return { optionId: option.id, label: option.label, count, share, interval };
        }),
      };
    default: {
      // The last kind: a new kind of question fails to compile here.
      const { kind } = question satisfies { kind: "yes-no" };
      return { questionId: question.id, text: question.text, n, missing, kind, yes: proportion(counts[1] as number, n), no: counts[0] as number };
    }
  }
}

/** The summary of a free-text question from the group's texts, or of its withheld texts. */
export function textQuestionSummary(
  layout: TextLayout,
  texts: ReadonlyMap<string, number>,
  respondents: number,
  withheld: WithheldTexts | null,
): QuestionSummary {
  const { question } = layout;
  const base = { questionId: question.id, text: question.text, kind: "free-text", category: question.category } as const;
  if (withheld !== null) return { ...base, n: null, missing: null, texts: [], withheld };
  const entries: FreeTextEntry[] = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : 1)) // map keys: never equal
    .map(([text, count]) => ({ text, count }));
  const n = entries.reduce((total, entry) => total + entry.count, 0);
  return { ...base, n, missing: respondents - n, texts: entries, withheld: null };
}

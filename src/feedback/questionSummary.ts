/**
 * One question's summary from a group's counts. Internal module.
 */
import { match } from "ts-pattern";
import type { ScaleQuestion } from "./question.js";
import { describeCounts, proportion } from "./statistics.js";
import type { CountedLayout, TextLayout } from "./surveyLayout.js";
import type { FreeTextEntry, NetScore, QuestionSummary, ScaleBox, ScalePoint } from "./summary.js";

/** The answers a scale question accepts, lowest first, with their labels. */
export function scalePoints(question: ScaleQuestion): { readonly value: number; readonly label: string }[] {
  return match(question)
    .with({ kind: "likert" }, (q) => q.scale.map((label, index) => ({ value: index + 1, label })))
    .with({ kind: "rating" }, (q) =>
      Array.from({ length: 11 }, (_, value) => ({
        value,
        label: value === 0 && q.lowLabel !== undefined ? `0 (${q.lowLabel})` : value === 10 && q.highLabel !== undefined ? `10 (${q.highLabel})` : String(value),
      })),
    )
    .exhaustive();
}

function sum(counts: ArrayLike<number>, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i += 1) total += counts[i] ?? 0;
  return total;
}

function box(values: readonly number[], counts: ArrayLike<number>, from: number, to: number, n: number): ScaleBox {
  return { values: values.slice(from, to), ...proportion(sum(counts, from, to), n) };
}

function netScore(counts: ArrayLike<number>, n: number): NetScore | null {
  if (n === 0) return null;
  const promoters = sum(counts, 9, 11);
  const passives = sum(counts, 7, 9);
  const detractors = sum(counts, 0, 7);
  return { promoters, passives, detractors, score: (100 * (promoters - detractors)) / n };
}

/** The summary of a counted question, from the group's whole tally and its number of respondents. */
export function countedQuestionSummary(layout: CountedLayout, tally: Float64Array, respondents: number): QuestionSummary {
  const { question, offset, values } = layout;
  const n = tally[offset] ?? 0;
  const counts = tally.subarray(offset + 1, offset + 1 + values);
  const base = { questionId: question.id, text: question.text, n, missing: respondents - n };
  return match(question)
    .with({ kind: "likert" }, { kind: "rating" }, (scale) => {
      const points = scalePoints(scale);
      const pointValues = points.map((point) => point.value);
      const distribution = points.map(
        ({ value, label }, index): ScalePoint => ({ value, label, count: counts[index] ?? 0, share: n === 0 ? null : (counts[index] ?? 0) / n }),
      );
      const boxSize = values >= 4 ? 2 : 1;
      const { mean, median, lowerQuartile, upperQuartile, standardDeviation } = describeCounts(pointValues, counts);
      return {
        ...base,
        kind: scale.kind,
        distribution,
        mean,
        median,
        lowerQuartile,
        upperQuartile,
        standardDeviation,
        topBox: box(pointValues, counts, values - boxSize, values, n),
        bottomBox: box(pointValues, counts, 0, boxSize, n),
        netScore: scale.kind === "rating" ? netScore(counts, n) : null,
      };
    })
    .with({ kind: "single-choice" }, { kind: "multiple-choice" }, (choice) => ({
      ...base,
      kind: choice.kind,
      options: choice.options.map((option, index) => ({
        optionId: option.id,
        label: option.label,
        ...proportion(counts[index] ?? 0, n),
      })),
    }))
    .with({ kind: "yes-no" }, () => ({ ...base, kind: "yes-no" as const, yes: proportion(counts[1] ?? 0, n), no: counts[0] ?? 0 }))
    .exhaustive();
}

/** The summary of a free-text question from the group's texts. */
export function textQuestionSummary(layout: TextLayout, texts: ReadonlyMap<string, number>, respondents: number): QuestionSummary {
  const entries: FreeTextEntry[] = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([text, count]) => ({ text, count }));
  const n = entries.reduce((total, entry) => total + entry.count, 0);
  const { question } = layout;
  return { questionId: question.id, text: question.text, kind: "free-text", category: question.category, n, missing: respondents - n, texts: entries };
}

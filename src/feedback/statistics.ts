/**
 * Statistics computed exactly from counts, never from lists of answers:
 * a scale question's answers are fully described by how many people chose
 * each point, so every statistic is a function of those counts. Sums are
 * whole numbers, so the mean and variance are each one division of exact
 * integers (BigInt when a sum would pass 2^53); only the last division and
 * square root round. Counts come with one entry per value. Internal module;
 * the definitions are documented in the feedback guide.
 */

/** The 97.5th percentile of the standard normal distribution, for 95% intervals. */
export const Z_95 = 1.959963984540054;

/**
 * A 95% confidence interval for a share.
 *
 * @example
 * ```ts
 * import type { ShareInterval } from "collegiate/feedback";
 *
 * const interval: ShareInterval = { lower: 0.49, upper: 0.94 };
 * ```
 */
export interface ShareInterval {
  /** Lower bound, from 0 to 1. */
  readonly lower: number;
  /** Upper bound, from 0 to 1. */
  readonly upper: number;
}

/**
 * The Wilson score interval for `successes` out of `n`:
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), with p̂ = successes/n.
 * It stays inside [0, 1] and is sound for small groups, where the textbook
 * p̂ ± z·√(p̂(1−p̂)/n) is not. `null` when n is 0.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): ShareInterval | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    lower: successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: successes === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}

/**
 * A count out of a total, with its share and the share's 95% Wilson interval.
 *
 * @example
 * ```ts
 * import type { Proportion } from "collegiate/feedback";
 *
 * const agree: Proportion = { count: 8, share: 0.8, interval: { lower: 0.49, upper: 0.943 } };
 * ```
 */
export interface Proportion {
  /** How many. */
  readonly count: number;
  /** `count` divided by the number who answered; `null` when nobody answered. */
  readonly share: number | null;
  /** 95% Wilson interval of the share; `null` when nobody answered. */
  readonly interval: ShareInterval | null;
}

/** `count` of `n` as a {@link Proportion}. */
export function proportion(count: number, n: number): Proportion {
  return { count, share: n === 0 ? null : count / n, interval: wilsonInterval(count, n) };
}

/**
 * The k-th smallest answer (1-based) of the distribution that has
 * `counts[i]` answers of `values[i]`, values ascending.
 */
export function orderStatistic(values: readonly number[], counts: ArrayLike<number>, k: number): number {
  let seen = 0;
  for (let i = 0; i < values.length; i += 1) {
    seen += counts[i] as number;
    if (seen >= k) return values[i] as number;
  }
  throw new RangeError(`There is no answer number ${k} among ${seen}.`);
}

/**
 * The p-quantile of a distribution given by counts, by definition 2 of
 * Hyndman and Fan (1996) (SAS's default, `PCTLDEF=5`): with n answers sorted
 * as x₁ ≤ … ≤ xₙ, when np is a whole number j the quantile is the mean of
 * xⱼ and xⱼ₊₁, otherwise it is x⌈np⌉. So the median of an even number of
 * answers is the mean of the two middle ones, and every quantile is an
 * answer or the midpoint of two. `null` when there are no answers.
 */
export function quantileFromCounts(values: readonly number[], counts: ArrayLike<number>, p: number): number | null {
  let n = 0;
  for (let i = 0; i < values.length; i += 1) n += counts[i] as number;
  if (n === 0) return null;
  const position = n * p;
  const whole = Math.floor(position);
  if (position === whole && whole > 0 && whole < n) {
    return (orderStatistic(values, counts, whole) + orderStatistic(values, counts, whole + 1)) / 2;
  }
  return orderStatistic(values, counts, Math.min(n, Math.max(1, Math.ceil(position))));
}

/** The centre and spread of a scale question's answers. */
export interface CountsDescription {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly lowerQuartile: number | null;
  readonly upperQuartile: number | null;
  readonly standardDeviation: number | null;
}

/**
 * Mean, median, quartiles and sample standard deviation of the distribution
 * with `counts[i]` answers of `values[i]` (values ascending). With
 * S = Σcᵢvᵢ and Q = Σcᵢvᵢ², the mean is S/n and the sample variance is
 * (nQ − S²) / (n(n − 1)): the numerator is an exact integer.
 */
export function describeCounts(values: readonly number[], counts: ArrayLike<number>): CountsDescription {
  let n = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i += 1) {
    const count = counts[i] as number;
    const value = values[i] as number;
    n += count;
    sum += count * value;
    sumOfSquares += count * value * value;
  }
  return {
    n,
    mean: n === 0 ? null : sum / n,
    median: quantileFromCounts(values, counts, 0.5),
    lowerQuartile: quantileFromCounts(values, counts, 0.25),
    upperQuartile: quantileFromCounts(values, counts, 0.75),
    standardDeviation: n < 2 ? null : Math.sqrt(sampleVariance(n, sum, sumOfSquares)),
  };
}

function sampleVariance(n: number, sum: number, sumOfSquares: number): number {
  const spread = n * sumOfSquares - sum * sum;
  if (Number.isSafeInteger(n * sumOfSquares) && Number.isSafeInteger(sum * sum) && Number.isSafeInteger(n * (n - 1))) {
    return spread / (n * (n - 1));
  }
  const big = BigInt(n) * BigInt(sumOfSquares) - BigInt(sum) * BigInt(sum);
  return Number(big) / (n * (n - 1));
}

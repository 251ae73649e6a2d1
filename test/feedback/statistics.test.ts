import fc from "fast-check";
import { mean, median, sampleStandardDeviation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { describeCounts, orderStatistic, proportion, quantileFromCounts, wilsonInterval, Z_95 } from "../../src/feedback/statistics.js";

const fivePoints = [1, 2, 3, 4, 5];

/** The answers a count vector stands for, sorted: the reference the statistics are checked against. */
function expand(values: readonly number[], counts: readonly number[]): number[] {
  return values.flatMap((value, index) => Array.from({ length: counts[index] ?? 0 }, () => value));
}

/** Hyndman–Fan definition 2 on a sorted list, written from the definition. */
function referenceQuantile(sorted: readonly number[], p: number): number {
  const np = sorted.length * p;
  const at = (k: number) => sorted[k - 1] as number; // 1-based
  return Number.isInteger(np) && np > 0 && np < sorted.length ? (at(np) + at(np + 1)) / 2 : at(Math.min(sorted.length, Math.max(1, Math.ceil(np))));
}

describe("describeCounts", () => {
  it("gives the statistics of an even count, worked out by hand", () => {
    // Answers 1, 2, 2, 3, 4, 4, 4, 5 (n = 8).
    // Mean: (1 + 2·2 + 3 + 3·4 + 5) / 8 = 25 / 8 = 3.125.
    // Median: n·0.5 = 4 is whole, so the mean of the 4th and 5th answers: (3 + 4) / 2 = 3.5.
    // Q1: n·0.25 = 2, mean of the 2nd and 3rd: (2 + 2) / 2 = 2. Q3: n·0.75 = 6, mean of the 6th and 7th: 4.
    // Variance: S = 25, Q = 1 + 8 + 9 + 48 + 25 = 91; (8·91 − 25²) / (8·7) = 103 / 56.
    const stats = describeCounts(fivePoints, [1, 2, 1, 3, 1]);
    expect(stats.n).toBe(8);
    expect(stats.mean).toBe(3.125);
    expect(stats.median).toBe(3.5);
    expect(stats.lowerQuartile).toBe(2);
    expect(stats.upperQuartile).toBe(4);
    expect(stats.standardDeviation).toBe(Math.sqrt(103 / 56));
    expect(stats.standardDeviation).toBeCloseTo(1.356203, 6);
  });

  it("gives the statistics of an odd count, worked out by hand", () => {
    // Answers 2, 3, 3, 5, 5 (n = 5). Mean 18 / 5 = 3.6.
    // Median: n·0.5 = 2.5, so the 3rd answer: 3. Q1: 1.25 → 2nd answer: 3. Q3: 3.75 → 4th answer: 5.
    // Variance: S = 18, Q = 4 + 9 + 9 + 25 + 25 = 72; (5·72 − 324) / (5·4) = 36 / 20 = 1.8.
    const stats = describeCounts(fivePoints, [0, 1, 2, 0, 2]);
    expect(stats).toEqual({ n: 5, mean: 3.6, median: 3, lowerQuartile: 3, upperQuartile: 5, standardDeviation: Math.sqrt(1.8) });
  });

  it("has no statistics without answers, and no spread with one", () => {
    expect(describeCounts(fivePoints, [0, 0, 0, 0, 0])).toEqual({
      n: 0,
      mean: null,
      median: null,
      lowerQuartile: null,
      upperQuartile: null,
      standardDeviation: null,
    });
    // One answer of 4: every quantile is that answer.
    expect(describeCounts(fivePoints, [0, 0, 0, 1, 0])).toEqual({
      n: 1,
      mean: 4,
      median: 4,
      lowerQuartile: 4,
      upperQuartile: 4,
      standardDeviation: null,
    });
  });

  it("stays exact for counts whose sums pass 2^53 (the BigInt path)", () => {
    // Half of 2^27 answers of 0 and half of 10 on a 0–10 scale: n = 2^27, nQ = 2^27 · 2^26 · 100 > 2^53.
    // Mean 5; variance = n·25 / (n − 1) exactly, so the sd is 5·√(n / (n − 1)).
    const half = 2 ** 26;
    const counts = Array.from({ length: 11 }, (_, value) => (value === 0 || value === 10 ? half : 0));
    const stats = describeCounts([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], counts);
    const n = 2 * half;
    expect(stats.mean).toBe(5);
    expect(stats.median).toBe(5);
    expect(stats.standardDeviation).toBeCloseTo(5 * Math.sqrt(n / (n - 1)), 12);
  });

  it("agrees with simple-statistics' mean, median and sample standard deviation on the expanded answers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 5, maxLength: 5 }), (counts) => {
        const answers = expand(fivePoints, counts);
        fc.pre(answers.length >= 2);
        const stats = describeCounts(fivePoints, counts);
        expect(stats.mean).toBeCloseTo(mean(answers), 12);
        expect(stats.median).toBe(median(answers));
        expect(stats.standardDeviation).toBeCloseTo(sampleStandardDeviation(answers), 12);
      }),
    );
  });
});

describe("quantileFromCounts", () => {
  it("is definition 2 of Hyndman and Fan on the expanded answers, for every p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom(0.1, 0.25, 0.5, 0.75, 0.9, 1),
        (counts, p) => {
          const answers = expand(fivePoints, counts);
          fc.pre(answers.length > 0);
          expect(quantileFromCounts(fivePoints, counts, p)).toBe(referenceQuantile(answers, p));
        },
      ),
    );
  });

  it("finds the k-th answer from the counts", () => {
    // Counts [1, 2, 1, 3, 1]: answers 1, 2, 2, 3, 4, 4, 4, 5.
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((k) => orderStatistic(fivePoints, [1, 2, 1, 3, 1], k))).toEqual([1, 2, 2, 3, 4, 4, 4, 5]);
    expect(() => orderStatistic(fivePoints, [1, 0, 0, 0, 0], 2)).toThrow(RangeError);
  });
});

describe("wilsonInterval", () => {
  it("matches published values of the Wilson score interval", () => {
    // 8 of 10: (0.8 + z²/20 ± z·√(0.016 + z²/400)) / (1 + z²/10) = (0.4902, 0.9433).
    const eight = wilsonInterval(8, 10);
    expect(eight?.lower).toBeCloseTo(0.4902, 4);
    expect(eight?.upper).toBeCloseTo(0.9433, 4);
    // 4 of 8: (0.5 + z²/16 ± z·√(0.03125 + z²/256)) / (1 + z²/8) = (0.2152, 0.7848), symmetric about 0.5.
    const half = wilsonInterval(4, 8);
    expect(half?.lower).toBeCloseTo(0.2152, 4);
    expect(half?.upper).toBeCloseTo(0.7848, 4);
    expect((half?.lower ?? 0) + (half?.upper ?? 0)).toBeCloseTo(1, 12);
  });

  it("reaches exactly 0 and 1 at the ends, where the upper bound of 0 of n is z²/(n + z²)", () => {
    // With p̂ = 0 the spread equals the centre z²/2n, so the upper bound is (z²/n) / (1 + z²/n) = z² / (n + z²).
    const none = wilsonInterval(0, 10);
    expect(none?.lower).toBe(0);
    expect(none?.upper).toBeCloseTo((Z_95 * Z_95) / (10 + Z_95 * Z_95), 12);
    expect(none?.upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10)?.upper).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("always contains the observed share and stays inside [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, fraction) => {
        const successes = Math.round(fraction * n);
        const interval = wilsonInterval(successes, n);
        expect(interval).not.toBeNull();
        if (interval === null) return;
        expect(interval.lower).toBeGreaterThanOrEqual(0);
        expect(interval.upper).toBeLessThanOrEqual(1);
        expect(interval.lower).toBeLessThanOrEqual(successes / n + 1e-12);
        expect(interval.upper).toBeGreaterThanOrEqual(successes / n - 1e-12);
      }),
    );
  });
});

describe("proportion", () => {
  it("gives the count, its share and the interval, or no share of nobody", () => {
    expect(proportion(3, 4)).toEqual({ count: 3, share: 0.75, interval: wilsonInterval(3, 4) });
    expect(proportion(0, 0)).toEqual({ count: 0, share: null, interval: null });
  });
});

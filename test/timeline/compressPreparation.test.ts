import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion } from "../../src/timeline/compressPreparation.js";

describe("apportion (internal)", () => {
  it("gives one day each, then the rest by largest remainder", () => {
    // 23 days for lengths 11, 16, 10, 10: 19 left, quotas 4.45, 6.47, 4.04, 4.04 → 5, 8, 5, 5.
    expect(apportion(23, [11, 16, 10, 10])).toEqual([5, 8, 5, 5]);
    // Ties go to the earlier group: 5 days, lengths 1, 1 → 3 left, quotas 1.5, 1.5 → 3, 2.
    expect(apportion(5, [1, 1])).toEqual([3, 2]);
    expect(apportion(3, [0, 0, 0])).toEqual([1, 1, 1]);
    expect(apportion(4, [0, 7])).toEqual([1, 3]);
  });

  it("always adds up, gives at least one day each, and never shrinks a longer group below a shorter one", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 200 }), (lengths, extra) => {
        const total = lengths.length + extra;
        const shares = apportion(total, lengths);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        shares.forEach((share, i) => {
          expect(share).toBeGreaterThanOrEqual(1);
          lengths.forEach((length, j) => {
            if ((lengths[i] as number) > length) expect(share).toBeGreaterThanOrEqual(shares[j] as number);
          });
        });
      }),
    );
  });
});

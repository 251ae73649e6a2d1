import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, plainDate } from "../../src/calendar/index.js";
import { addOffset, OffsetSchema } from "../../src/timeline/index.js";
import { offsetSpan, sameOffset } from "../../src/timeline/offset.js";
import { anyDayArbitrary } from "../support/arbitraries.js";

describe("addOffset", () => {
  it("adds months first, clamped to the month's end, then weeks and days", () => {
    // 31 May − 3 months = 28 Feb 2027 (not a leap year); 29 Feb 2028 exists.
    expect(addOffset(plainDate("2027-05-31"), { months: -3 })).toBe("2027-02-28");
    expect(addOffset(plainDate("2028-05-31"), { months: -3 })).toBe("2028-02-29");
    // 31 Mar − 1 month = 28 Feb, then + 1 day = 1 Mar (days after the clamp).
    expect(addOffset(plainDate("2027-03-31"), { months: -1, days: 1 })).toBe("2027-03-01");
    expect(addOffset(plainDate("2027-03-18"), { weeks: -2 })).toBe("2027-03-04");
    expect(addOffset(plainDate("2027-03-18"), {})).toBe("2027-03-18");
  });

  it("validates offsets as whole numbers", () => {
    expect(OffsetSchema.safeParse({ months: 1.5 }).success).toBe(false);
    expect(OffsetSchema.safeParse({ month: 1 }).success).toBe(false);
  });
});

describe("offsetSpan (internal)", () => {
  it("bounds the days an offset can span over every anchor day", () => {
    fc.assert(
      fc.property(
        anyDayArbitrary.filter((day) => day > "0100-01-01" && day < "9900-01-01"),
        fc.integer({ min: -36, max: 36 }),
        fc.integer({ min: -60, max: 60 }),
        (day, months, days) => {
          const offset = { months, days };
          const [lowest, highest] = offsetSpan(offset);
          const span = daysBetween(day, addOffset(day, offset));
          expect(span).toBeGreaterThanOrEqual(lowest);
          expect(span).toBeLessThanOrEqual(highest);
        },
      ),
    );
  });

  it("is tight for one month: 28 to 31 days either way", () => {
    expect(offsetSpan({ months: 1 })).toEqual([28, 31]);
    expect(offsetSpan({ months: -1 })).toEqual([-31, -28]);
    // Reached: 31 Jan + 1 month = 28 Feb (28 days); 31 Mar − 1 month = 28 Feb (−31 days).
    expect(daysBetween(plainDate("2027-01-31"), addOffset(plainDate("2027-01-31"), { months: 1 }))).toBe(28);
    expect(daysBetween(plainDate("2027-03-31"), addOffset(plainDate("2027-03-31"), { months: -1 }))).toBe(-31);
    expect(addDays(plainDate("2027-03-31"), -31)).toBe("2027-02-28");
  });

  it("treats weeks as seven days when comparing offsets", () => {
    expect(sameOffset({ weeks: -2 }, { days: -14 })).toBe(true);
    expect(sameOffset({ months: -1 }, { weeks: -4 })).toBe(false);
  });
});

describe("addOffset at the ends of the supported days", () => {
  it("throws a RangeError naming the day and the offset when the offset date is outside 0001–9999", () => {
    expect(() => addOffset(plainDate("0001-01-02"), { months: -3 })).toThrow(
      '0001-01-02 plus {"months":-3} falls outside the supported days 0001-01-01 to 9999-12-31.',
    );
    expect(() => addOffset(plainDate("9999-12-31"), { weeks: 1 })).toThrow(RangeError);
    expect(() => addOffset(plainDate("9999-11-30"), { months: 1, days: 2 })).toThrow(RangeError);
    expect(addOffset(plainDate("9999-11-30"), { months: 1, days: 1 })).toBe("9999-12-31");
  });
});

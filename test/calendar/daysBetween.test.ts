import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/addDays.js";
import { daysBetween } from "../../src/calendar/daysBetween.js";
import { plainDate } from "../../src/calendar/plainDate.js";
import { anyDayArbitrary } from "../support/arbitraries.js";
import { referenceDaysBetween } from "../support/referenceCalendar.js";

describe("daysBetween", () => {
  it("counts calendar days, signed", () => {
    expect(daysBetween(plainDate("2027-03-01"), plainDate("2027-03-18"))).toBe(17);
    expect(daysBetween(plainDate("2027-03-18"), plainDate("2027-03-01"))).toBe(-17);
    expect(daysBetween(plainDate("2026-09-01"), plainDate("2027-09-01"))).toBe(365);
    expect(daysBetween(plainDate("2027-09-01"), plainDate("2028-09-01"))).toBe(366);
  });

  it("agrees with Date.UTC and inverts addDays", () => {
    fc.assert(
      fc.property(anyDayArbitrary, anyDayArbitrary, (a, b) => {
        expect(daysBetween(a, b)).toBe(referenceDaysBetween(a, b));
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });
});

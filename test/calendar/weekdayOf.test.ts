import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainDate } from "../../src/calendar/plainDate.js";
import { weekdayOf } from "../../src/calendar/weekdayOf.js";
import { anyDayArbitrary } from "../support/arbitraries.js";
import { referenceWeekday } from "../support/referenceCalendar.js";

describe("weekdayOf", () => {
  it("names the weekday", () => {
    expect(weekdayOf(plainDate("2027-03-18"))).toBe("thursday");
    expect(weekdayOf(plainDate("1970-01-01"))).toBe("thursday");
    expect(weekdayOf(plainDate("2026-12-25"))).toBe("friday");
    expect(weekdayOf(plainDate("0001-01-01"))).toBe("monday");
  });

  it("agrees with the UTC weekday of Date", () => {
    fc.assert(fc.property(anyDayArbitrary, (day) => {
      expect(weekdayOf(day)).toBe(referenceWeekday(day));
    }));
  });
});

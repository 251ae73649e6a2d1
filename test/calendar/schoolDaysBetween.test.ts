import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addSchoolDays,
  defineSchoolCalendar,
  isSchoolDay,
  plainDate,
  schoolDaysBetween,
} from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { referenceSchoolDaysBetween } from "../support/referenceCalendar.js";

describe("schoolDaysBetween", () => {
  const weekdaysOnly = defineSchoolCalendar({});

  it("counts the half-open range [from, to)", () => {
    expect(schoolDaysBetween(weekdaysOnly, plainDate("2027-03-15"), plainDate("2027-03-22"))).toBe(5);
    expect(schoolDaysBetween(weekdaysOnly, plainDate("2027-03-15"), plainDate("2027-03-16"))).toBe(1);
    expect(schoolDaysBetween(weekdaysOnly, plainDate("2027-03-15"), plainDate("2027-03-15"))).toBe(0);
  });

  it("is negative when to is before from", () => {
    expect(schoolDaysBetween(weekdaysOnly, plainDate("2027-03-22"), plainDate("2027-03-15"))).toBe(-5);
  });

  it("counts a whole year of weekdays without walking", () => {
    // 2027 starts on a Friday and has 365 days: 52 weeks and one extra Friday.
    expect(schoolDaysBetween(weekdaysOnly, plainDate("2027-01-01"), plainDate("2028-01-01"))).toBe(261);
    expect(schoolDaysBetween(weekdaysOnly, plainDate("0001-01-01"), plainDate("9999-12-31"))).toBeGreaterThan(2_600_000);
  });

  it("equals the day-by-day reference on random calendars", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, dayArbitrary, (calendar, from, to) => {
        expect(schoolDaysBetween(calendar, from, to)).toBe(referenceSchoolDaysBetween(calendar, from, to));
      }),
    );
  });

  it("is antisymmetric and additive over adjacent ranges", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, dayArbitrary, dayArbitrary, (calendar, a, b, c) => {
        expect(schoolDaysBetween(calendar, b, a) + schoolDaysBetween(calendar, a, b)).toBe(0);
        expect(schoolDaysBetween(calendar, a, b) + schoolDaysBetween(calendar, b, c)).toBe(schoolDaysBetween(calendar, a, c));
      }),
    );
  });

  it("inverts addSchoolDays from a school day", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: -200, max: 200 }), (calendar, day, amount) => {
        fc.pre(isSchoolDay(calendar, day));
        let target: string;
        try {
          target = addSchoolDays(calendar, day, amount);
        } catch {
          return;
        }
        expect(schoolDaysBetween(calendar, day, plainDate(target))).toBe(amount);
      }),
    );
  });
});

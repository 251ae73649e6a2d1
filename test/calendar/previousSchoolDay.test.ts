import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, NoSchoolDayError, plainDate, previousSchoolDay } from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { referenceStep } from "../support/referenceCalendar.js";

describe("previousSchoolDay", () => {
  it("is strictly before the day, even on a school day", () => {
    const calendar = defineSchoolCalendar({ closures: [{ name: "Easter Monday", start: "2027-03-29" }] });
    expect(previousSchoolDay(calendar, plainDate("2027-03-31"))).toBe("2027-03-30");
    expect(previousSchoolDay(calendar, plainDate("2027-03-30"))).toBe("2027-03-26");
  });

  it("says when there is no earlier school day", () => {
    const calendar = defineSchoolCalendar({ terms: [{ name: "Term", start: "2027-01-04", end: "2027-03-26" }] });
    expect(() => previousSchoolDay(calendar, plainDate("2027-01-04"))).toThrow(
      "No school day before 2027-01-04 in the school calendar: its first school day is 2027-01-04.",
    );
  });

  it("equals the reference on random calendars", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, (calendar, day) => {
        const expected = referenceStep(calendar, day, 1, -1);
        if (expected === undefined) expect(() => previousSchoolDay(calendar, day)).toThrow(NoSchoolDayError);
        else expect(previousSchoolDay(calendar, day)).toBe(expected);
      }),
    );
  });
});

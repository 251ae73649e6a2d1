import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, nextSchoolDay, NoSchoolDayError, plainDate } from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { referenceStep } from "../support/referenceCalendar.js";

describe("nextSchoolDay", () => {
  it("is strictly after the day, even on a school day", () => {
    const calendar = defineSchoolCalendar({ closures: [{ name: "Good Friday", start: "2027-03-26" }] });
    expect(nextSchoolDay(calendar, plainDate("2027-03-24"))).toBe("2027-03-25");
    expect(nextSchoolDay(calendar, plainDate("2027-03-25"))).toBe("2027-03-29");
  });

  it("says when there is no later school day", () => {
    const calendar = defineSchoolCalendar({ terms: [{ name: "Term", start: "2027-01-04", end: "2027-03-26" }] });
    expect(() => nextSchoolDay(calendar, plainDate("2027-03-26"))).toThrow(NoSchoolDayError);
    expect(() => nextSchoolDay(calendar, plainDate("2027-03-26"))).toThrow(
      "No school day after 2027-03-26 in the school calendar: its last school day is 2027-03-26.",
    );
  });

  it("equals the reference on random calendars", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, (calendar, day) => {
        const expected = referenceStep(calendar, day, 1, 1);
        if (expected === undefined) expect(() => nextSchoolDay(calendar, day)).toThrow(NoSchoolDayError);
        else expect(nextSchoolDay(calendar, day)).toBe(expected);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schoolDaysAfter } from "../../src/agreement/schoolDaysAfter.js";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { hongKong2026 } from "../support/calendars.js";
import { referenceAddDays, referenceIsSchoolDay } from "../support/referenceCalendar.js";

/** School days in (from, to], walking day by day; minus those in (to, from] when to is earlier. */
function referenceSchoolDaysAfter(calendar: Parameters<typeof referenceIsSchoolDay>[0], from: string, to: string): number {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = referenceAddDays(start, 1); day <= end; day = referenceAddDays(day, 1)) if (referenceIsSchoolDay(calendar, day)) count += 1;
  return count === 0 ? 0 : sign * count;
}

describe("schoolDaysAfter", () => {
  it("counts the school days after a lesson, up to and including the day", () => {
    const weekdays = defineSchoolCalendar({});
    expect(schoolDaysAfter(weekdays, plainDate("2027-03-12"), plainDate("2027-03-12"))).toBe(0);
    expect(schoolDaysAfter(weekdays, plainDate("2027-03-12"), plainDate("2027-03-15"))).toBe(1); // Friday to Monday
    expect(schoolDaysAfter(weekdays, plainDate("2027-03-13"), plainDate("2027-03-16"))).toBe(2); // Saturday to Tuesday
    expect(schoolDaysAfter(hongKong2026, plainDate("2027-02-03"), plainDate("2027-02-16"))).toBe(2); // over Lunar New Year
  });

  it("agrees with a day-by-day count on random calendars", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: -40, max: 40 }), (calendar, from, span) => {
        const to = plainDate(referenceAddDays(from, span));
        expect(schoolDaysAfter(calendar, from, to)).toBe(referenceSchoolDaysAfter(calendar, from, to));
      }),
      { numRuns: 200 },
    );
  });
});

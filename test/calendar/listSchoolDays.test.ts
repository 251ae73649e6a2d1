import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, listSchoolDays, plainDate, schoolDaysBetween } from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { referenceAddDays, referenceIsSchoolDay } from "../support/referenceCalendar.js";

describe("listSchoolDays", () => {
  it("lists the school days of [from, to)", () => {
    const calendar = defineSchoolCalendar({ closures: [{ name: "Staff development day", start: "2027-03-17" }] });
    expect(listSchoolDays(calendar, plainDate("2027-03-15"), plainDate("2027-03-20"))).toEqual([
      "2027-03-15",
      "2027-03-16",
      "2027-03-18",
      "2027-03-19",
    ]);
    expect(listSchoolDays(calendar, plainDate("2027-03-20"), plainDate("2027-03-15"))).toEqual([]);
  });

  it("equals filtering every day through the reference", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: 0, max: 120 }), (calendar, from, length) => {
        const to = plainDate(referenceAddDays(from, length));
        const expected: string[] = [];
        for (let day: string = from; day < to; day = referenceAddDays(day, 1)) {
          if (referenceIsSchoolDay(calendar, day)) expected.push(day);
        }
        const listed = listSchoolDays(calendar, from, to);
        expect(listed).toEqual(expected);
        expect(listed).toHaveLength(schoolDaysBetween(calendar, from, to));
      }),
    );
  });
});

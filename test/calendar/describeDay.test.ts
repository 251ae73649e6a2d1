import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, describeDay, isSchoolDay, plainDate, weekdayOf } from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";

describe("describeDay", () => {
  it("gives every reason a day is closed", () => {
    const calendar = defineSchoolCalendar({
      terms: [{ name: "Spring term", start: "2027-01-04", end: "2027-03-26" }],
      closures: [
        { name: "Mid-term break", start: "2027-02-15", end: "2027-02-19", kind: "school-holiday" },
        { name: "Staff development day", start: "2027-02-19", kind: "staff-development" },
      ],
    });
    const friday = describeDay(calendar, plainDate("2027-02-19"));
    expect(friday).toMatchObject({ day: "2027-02-19", weekday: "friday", schoolDay: false, weekend: false, outsideTerms: false });
    expect(friday.closures.map((closure) => closure.kind)).toEqual(["school-holiday", "staff-development"]);
    expect(friday.term?.name).toBe("Spring term");

    const saturday = describeDay(calendar, plainDate("2027-03-27"));
    expect(saturday).toMatchObject({ weekend: true, outsideTerms: true, closures: [] });
  });

  it("is consistent with isSchoolDay: a school day has no reason to be closed", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, (calendar, day) => {
        const description = describeDay(calendar, day);
        expect(description.schoolDay).toBe(isSchoolDay(calendar, day));
        expect(description.weekday).toBe(weekdayOf(day));
        const closed = description.weekend || description.outsideTerms || description.closures.length > 0;
        expect(closed).toBe(!description.schoolDay);
      }),
    );
  });

  it("describes a day of a calendar read from JSON that leaves out terms and closures", () => {
    const fromJson = JSON.parse('{"weekend": ["friday", "saturday"]}') as never;
    expect(describeDay(fromJson, plainDate("2027-03-19"))).toEqual({
      day: "2027-03-19",
      weekday: "friday",
      schoolDay: false,
      weekend: true,
      outsideTerms: false,
      closures: [],
    });
  });
});

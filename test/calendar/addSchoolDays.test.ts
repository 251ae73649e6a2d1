import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addSchoolDays,
  defineSchoolCalendar,
  isSchoolDay,
  NoSchoolDayError,
  plainDate,
  schoolDaysBetween,
} from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { referenceAddSchoolDays } from "../support/referenceCalendar.js";

const weekdaysOnly = defineSchoolCalendar({});


describe("addSchoolDays", () => {
  it("skips weekends both ways", () => {
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-19"), 1)).toBe("2027-03-22");
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-22"), -1)).toBe("2027-03-19");
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-15"), 10)).toBe("2027-03-29");
  });

  it("counts from a closed day: the n-th school day after or before it", () => {
    // Saturday 20 March: first school day after is Monday 22, first before is Friday 19.
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-20"), 1)).toBe("2027-03-22");
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-20"), -1)).toBe("2027-03-19");
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-20"), 0)).toBe("2027-03-22");
    expect(addSchoolDays(weekdaysOnly, plainDate("2027-03-18"), 0)).toBe("2027-03-18");
  });

  it("jumps half a million school days without walking: 5 school days are 7 calendar days", () => {
    const monday = plainDate("2027-03-15");
    expect(addSchoolDays(weekdaysOnly, monday, 500_000)).toBe(addDays(monday, 700_000));
    expect(addSchoolDays(weekdaysOnly, monday, -500_000)).toBe(addDays(monday, -700_000));
  });

  it("says where a calendar's school days end instead of looping", () => {
    const oneTerm = defineSchoolCalendar({
      name: "Summer school",
      terms: [{ name: "Summer", start: "2027-07-05", end: "2027-07-16" }],
    });
    expect(() => addSchoolDays(oneTerm, plainDate("2027-07-15"), 3)).toThrow(NoSchoolDayError);
    expect(() => addSchoolDays(oneTerm, plainDate("2027-07-15"), 3)).toThrow(
      'No school day 3 school days after 2027-07-15 in the calendar "Summer school": its last school day is 2027-07-16.',
    );
    expect(() => addSchoolDays(oneTerm, plainDate("2027-07-06"), -2)).toThrow(
      'No school day 2 school days before 2027-07-06 in the calendar "Summer school": its first school day is 2027-07-05.',
    );
    expect(() => addSchoolDays(oneTerm, plainDate("2027-07-17"), 0)).toThrow(
      'No school day on or after 2027-07-17 in the calendar "Summer school"',
    );
  });

  it("throws an error named NoSchoolDayError, a RangeError", () => {
    const summer = defineSchoolCalendar({ terms: [{ name: "Summer", start: "2027-07-05", end: "2027-07-16" }] });
    const error = (() => {
      try {
        addSchoolDays(summer, plainDate("2027-07-16"), 1);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).name).toBe("NoSchoolDayError");
  });

  it("says when a calendar has no school day at all", () => {
    const closed = defineSchoolCalendar({
      terms: [{ name: "Term", start: "2027-07-05", end: "2027-07-09" }],
      closures: [{ name: "Building works", start: "2027-07-01", end: "2027-07-31" }],
    });
    expect(() => addSchoolDays(closed, plainDate("2027-07-05"), 1)).toThrow("it has no school days at all");
  });

  it("refuses a fractional amount", () => {
    expect(() => addSchoolDays(weekdaysOnly, plainDate("2027-03-15"), 0.5)).toThrow(TypeError);
  });

  it("equals the day-by-day reference on random calendars", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: -300, max: 300 }), (calendar, day, amount) => {
        const expected = referenceAddSchoolDays(calendar, day, amount);
        if (expected === undefined) expect(() => addSchoolDays(calendar, day, amount)).toThrow(NoSchoolDayError);
        else expect(addSchoolDays(calendar, day, amount)).toBe(expected);
      }),
    );
  });

  it("always lands on a school day", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: -200, max: 200 }), (calendar, day, amount) => {
        try {
          expect(isSchoolDay(calendar, addSchoolDays(calendar, day, amount))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(NoSchoolDayError);
        }
      }),
    );
  });

  it("adds in steps: adding a + b equals adding a then b, from a school day", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: -150, max: 150 }), fc.integer({ min: -150, max: 150 }), (calendar, day, a, b) => {
        fc.pre(isSchoolDay(calendar, day));
        let stepwise: string | undefined;
        let direct: string | undefined;
        try {
          stepwise = addSchoolDays(calendar, addSchoolDays(calendar, day, a), b);
        } catch {
          stepwise = undefined;
        }
        try {
          direct = addSchoolDays(calendar, day, a + b);
        } catch {
          direct = undefined;
        }
        // When the intermediate step runs off the calendar, the direct sum may still exist.
        if (stepwise !== undefined) expect(direct).toBe(stepwise);
      }),
    );
  });

  it("is inverted by schoolDaysBetween on school days", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, dayArbitrary, (calendar, from, to) => {
        fc.pre(isSchoolDay(calendar, from) && isSchoolDay(calendar, to));
        expect(addSchoolDays(calendar, from, schoolDaysBetween(calendar, from, to))).toBe(to);
      }),
    );
  });
});

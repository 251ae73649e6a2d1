import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, isSchoolDay, plainDate } from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { referenceIsSchoolDay } from "../support/referenceCalendar.js";

describe("isSchoolDay", () => {
  it("is false on weekends, closures and outside terms", () => {
    const calendar = defineSchoolCalendar({
      terms: [{ name: "Session", start: "2026-09-01", end: "2027-07-16" }],
      closures: [{ name: "National Day", start: "2026-10-01" }],
    });
    expect(isSchoolDay(calendar, plainDate("2026-09-30"))).toBe(true);
    expect(isSchoolDay(calendar, plainDate("2026-10-01"))).toBe(false);
    expect(isSchoolDay(calendar, plainDate("2026-10-03"))).toBe(false);
    expect(isSchoolDay(calendar, plainDate("2026-08-31"))).toBe(false);
    expect(isSchoolDay(calendar, plainDate("2027-07-16"))).toBe(true);
    expect(isSchoolDay(calendar, plainDate("2027-07-19"))).toBe(false);
  });

  it("follows a school's own weekend: open on Saturday when only Sunday is the weekend", () => {
    const sixDayWeek = defineSchoolCalendar({ weekend: ["sunday"] });
    expect(isSchoolDay(sixDayWeek, plainDate("2027-03-20"))).toBe(true);
    expect(isSchoolDay(sixDayWeek, plainDate("2027-03-21"))).toBe(false);
  });

  it("refuses a malformed day instead of answering for a wrong one", () => {
    expect(() => isSchoolDay(defineSchoolCalendar({}), "2027-02-30" as never)).toThrow(TypeError);
  });

  it("equals the reference on random calendars", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, (calendar, day) => {
        expect(isSchoolDay(calendar, day)).toBe(referenceIsSchoolDay(calendar, day));
      }),
    );
  });
});

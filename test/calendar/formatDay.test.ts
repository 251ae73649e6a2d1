import { zhTW } from "date-fns/locale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, plainDate } from "../../src/calendar/index.js";
import { anyDayArbitrary } from "../support/arbitraries.js";
import { referenceWeekday } from "../support/referenceCalendar.js";

describe("formatDay", () => {
  it("formats a day for people", () => {
    expect(formatDay(plainDate("2027-03-18"))).toBe("Thu 18 Mar 2027");
    expect(formatDay(plainDate("2027-03-18"), "EEEE d MMMM")).toBe("Thursday 18 March");
    expect(formatDay(plainDate("2027-03-18"), "yyyy年M月d日 EEEE", { locale: zhTW })).toBe("2027年3月18日 星期四");
  });

  it("formats a day on which clocks changed at midnight (São Paulo, 2018-11-04)", () => {
    expect(formatDay(plainDate("2018-11-04"), "yyyy-MM-dd EEEE")).toBe("2018-11-04 Sunday");
  });

  it("gives back the same day and weekday for every day, in this process's time zone", () => {
    fc.assert(
      fc.property(anyDayArbitrary, (day) => {
        expect(formatDay(day, "yyyy-MM-dd")).toBe(day);
        expect(formatDay(day, "EEEE").toLowerCase()).toBe(referenceWeekday(day));
      }),
    );
  });

  it("refuses a pattern that is not a string with a TypeError naming it", () => {
    expect(() => formatDay(plainDate("2027-03-18"), 5 as unknown as string)).toThrow("Expected pattern to be a date-fns format string, received number 5.");
    expect(formatDay(plainDate("9999-12-31"), "EEEE d MMMM yyyy")).toBe("Friday 31 December 9999");
    expect(formatDay(plainDate("0001-01-01"), "EEEE d MMMM yyyy")).toBe("Monday 1 January 0001");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromDayNumber,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  toDayNumber,
  weekdayIndex,
} from "../../src/calendar/dayNumber.js";
import { anyDayArbitrary } from "../support/arbitraries.js";
import { referenceDaysBetween, referenceWeekday } from "../support/referenceCalendar.js";
import { weekdays } from "../../src/calendar/weekday.js";

describe("day numbers", () => {
  it("count days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-03-01")).toBe(11_017);
  });

  it("cover 0001-01-01 to 9999-12-31 exactly", () => {
    expect(toDayNumber("0001-01-01")).toBe(MIN_DAY_NUMBER);
    expect(toDayNumber("9999-12-31")).toBe(MAX_DAY_NUMBER);
    expect(() => fromDayNumber(MIN_DAY_NUMBER - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
  });

  it("round-trip every supported day", () => {
    fc.assert(fc.property(anyDayArbitrary, (day) => {
      expect(fromDayNumber(toDayNumber(day))).toBe(day);
    }));
  });

  it("agree with the UTC calendar of Date on distances and weekdays", () => {
    fc.assert(
      fc.property(anyDayArbitrary, (day) => {
        expect(toDayNumber(day)).toBe(referenceDaysBetween("1970-01-01", day));
        expect(weekdays[weekdayIndex(toDayNumber(day))]).toBe(referenceWeekday(day));
      }),
    );
  });

  it("refuse malformed text with a TypeError that quotes it", () => {
    expect(() => toDayNumber("2027-02-29")).toThrow(TypeError);
    expect(() => toDayNumber("next week")).toThrow('received "next week"');
    expect(() => toDayNumber(42 as unknown as string)).toThrow("received number 42");
  });
});

describe("toDayNumber on malformed input from untyped code", () => {
  it.each(["2027-0a-01", "2027-03-1x", "+027-03-18", "2027-03-18".replace("-", "/"), " 2027-3-18"])("refuses %j", (text) => {
    expect(() => toDayNumber(text)).toThrow(new TypeError(`Expected a calendar day as "YYYY-MM-DD" (a real date from 0001-01-01 to 9999-12-31), received ${JSON.stringify(text)}.`));
  });

  it.each([
    [null, "null"],
    [undefined, "undefined undefined"],
    [["2027-03-18"], "an array"],
    [{ day: "2027-03-18" }, "an object"],
    [20270318, "number 20270318"],
    ["2027-03-18 is the activity day of the joint sharing with Bay Primary", '"2027-03-18 is the activity day of the jo…"'],
  ])("names %j briefly in the error", (value, shown) => {
    expect(() => toDayNumber(value as string)).toThrow(`received ${shown}.`);
  });
});

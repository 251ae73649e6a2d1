import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defineSchoolCalendar,
  isSchoolDay,
  nextSchoolDay,
  NoSchoolDayError,
  plainDate,
  previousSchoolDay,
  rollToSchoolDay,
} from "../../src/calendar/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";

describe("rollToSchoolDay", () => {
  const calendar = defineSchoolCalendar({});

  it("keeps a school day and moves a closed day the way asked", () => {
    expect(rollToSchoolDay(calendar, plainDate("2027-03-18"), "backward")).toBe("2027-03-18");
    expect(rollToSchoolDay(calendar, plainDate("2027-03-20"), "backward")).toBe("2027-03-19");
    expect(rollToSchoolDay(calendar, plainDate("2027-03-20"), "forward")).toBe("2027-03-22");
  });

  it("refuses an unknown direction from untyped code", () => {
    expect(() => rollToSchoolDay(calendar, plainDate("2027-03-20"), "sideways" as never)).toThrow(
      'Expected direction "backward" or "forward", received "sideways".',
    );
  });

  it("is the day itself on a school day, otherwise the next or previous school day", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.constantFrom("backward" as const, "forward" as const), (c, day, direction) => {
        let expected: string | undefined;
        try {
          expected = isSchoolDay(c, day) ? day : direction === "forward" ? nextSchoolDay(c, day) : previousSchoolDay(c, day);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) expect(() => rollToSchoolDay(c, day, direction)).toThrow(NoSchoolDayError);
        else expect(rollToSchoolDay(c, day, direction)).toBe(expected);
      }),
    );
  });
});

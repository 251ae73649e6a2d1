import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/addDays.js";
import { addMonths } from "../../src/calendar/addMonths.js";
import { plainDate } from "../../src/calendar/plainDate.js";
import { anyDayArbitrary } from "../support/arbitraries.js";

describe("addMonths", () => {
  it("clamps to the last day of a shorter month", () => {
    expect(addMonths(plainDate("2027-05-31"), -3)).toBe("2027-02-28");
    expect(addMonths(plainDate("2027-01-31"), 1)).toBe("2027-02-28");
    expect(addMonths(plainDate("2028-01-31"), 1)).toBe("2028-02-29");
    expect(addMonths(plainDate("2027-03-31"), -1)).toBe("2027-02-28");
    expect(addMonths(plainDate("2027-08-31"), 1)).toBe("2027-09-30");
  });

  it("keeps the day of month when it exists, across years", () => {
    expect(addMonths(plainDate("2027-03-18"), -3)).toBe("2026-12-18");
    expect(addMonths(plainDate("2026-11-15"), 14)).toBe("2028-01-15");
    expect(addMonths(plainDate("2027-03-18"), 0)).toBe("2027-03-18");
  });

  it("moves by whole months: same day of month unless clamped, never past the month's end", () => {
    fc.assert(
      fc.property(anyDayArbitrary, fc.integer({ min: -240, max: 240 }), (day, amount) => {
        fc.pre(day > "0021" && day < "9979");
        const result = addMonths(day, amount);
        const monthsApart =
          (Number(result.slice(0, 4)) - Number(day.slice(0, 4))) * 12 + Number(result.slice(5, 7)) - Number(day.slice(5, 7));
        expect(monthsApart).toBe(amount);
        const resultDay = Number(result.slice(8));
        const dayOfMonth = Number(day.slice(8));
        if (resultDay !== dayOfMonth) {
          expect(resultDay).toBeLessThan(dayOfMonth);
          // Clamped: the result is the last day of its month.
          expect(addDays(result, 1).slice(8)).toBe("01");
        }
      }),
    );
  });

  it("refuses results outside 0001–9999", () => {
    expect(() => addMonths(plainDate("9999-12-01"), 1)).toThrow(
      "9999-12-01 plus 1 months falls outside the supported days 0001-01-01 to 9999-12-31.",
    );
    expect(() => addMonths(plainDate("0001-01-31"), -1)).toThrow("0001-01-31 plus -1 months falls outside");
    expect(addMonths(plainDate("9999-11-30"), 1)).toBe("9999-12-30");
    expect(addMonths(plainDate("0001-02-28"), -1)).toBe("0001-01-28");
  });
});

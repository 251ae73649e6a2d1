import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/addDays.js";
import { plainDate } from "../../src/calendar/plainDate.js";
import { anyDayArbitrary } from "../support/arbitraries.js";
import { referenceAddDays } from "../support/referenceCalendar.js";

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays(plainDate("2027-02-26"), 3)).toBe("2027-03-01");
    expect(addDays(plainDate("2028-02-28"), 1)).toBe("2028-02-29");
    expect(addDays(plainDate("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(plainDate("2027-03-01"), -1)).toBe("2027-02-28");
  });

  it("is unaffected by daylight-saving changes (São Paulo, Hong Kong, UTC alike)", () => {
    // Brazil changed clocks at midnight on 2018-11-04: a day with no midnight.
    expect(addDays(plainDate("2018-11-03"), 1)).toBe("2018-11-04");
    expect(addDays(plainDate("2018-11-04"), 1)).toBe("2018-11-05");
  });

  it("agrees with the UTC calendar of Date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), anyDayArbitrary, (amount, day) => {
        fc.pre(day > "0010" && day < "9990");
        expect(addDays(day, amount)).toBe(referenceAddDays(day, amount));
      }),
    );
  });

  it("refuses fractional amounts and results outside 0001–9999", () => {
    expect(() => addDays(plainDate("2027-01-01"), 1.5)).toThrow("Expected amount to be a whole number, received 1.5.");
    expect(() => addDays(plainDate("9999-12-31"), 1)).toThrow(RangeError);
    expect(() => addDays(plainDate("9999-12-31"), 1)).toThrow("9999-12-31 plus 1 days falls outside the supported days 0001-01-01 to 9999-12-31.");
    expect(() => addDays(plainDate("0001-01-01"), -1)).toThrow("0001-01-01 plus -1 days falls outside the supported days 0001-01-01 to 9999-12-31.");
  });

  it("names an amount that cannot be turned into text, such as an object without a prototype", () => {
    expect(() => addDays(plainDate("2027-01-01"), Object.create(null) as number)).toThrow(
      new TypeError("Expected amount to be a whole number, received an object."),
    );
    expect(() => addDays(plainDate("2027-01-01"), Symbol("n") as never)).toThrow("Expected amount to be a whole number, received symbol Symbol(n).");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDays } from "../../src/calendar/compareDays.js";
import { daysBetween } from "../../src/calendar/daysBetween.js";
import { plainDate } from "../../src/calendar/plainDate.js";
import { anyDayArbitrary } from "../support/arbitraries.js";

describe("compareDays", () => {
  it("orders days for sort", () => {
    const days = [plainDate("2027-03-18"), plainDate("2026-12-25"), plainDate("2027-01-04")];
    expect([...days].sort(compareDays)).toEqual(["2026-12-25", "2027-01-04", "2027-03-18"]);
    expect(compareDays(plainDate("2027-03-18"), plainDate("2027-03-18"))).toBe(0);
  });

  it("agrees with the sign of daysBetween", () => {
    fc.assert(
      fc.property(anyDayArbitrary, anyDayArbitrary, (a, b) => {
        expect(compareDays(a, b)).toBe(Math.sign(daysBetween(b, a)) || 0);
      }),
    );
  });
});

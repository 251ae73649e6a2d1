import { describe, expect, it } from "vitest";
import { plainDate } from "../../src/calendar/index.js";
import { closedBecause } from "../../src/timeline/closedBecause.js";
import { fridaySaturday2026, hongKong2026 } from "../support/calendars.js";

describe("closedBecause (internal)", () => {
  it("names every closure, the weekend and days outside the terms", () => {
    expect(closedBecause(hongKong2026, plainDate("2026-12-25"))).toBe("Christmas holidays, Christmas Day");
    // Sat 26 Dec 2026 is both in the Christmas holidays and a weekend day.
    expect(closedBecause(hongKong2026, plainDate("2026-12-26"))).toBe("Christmas holidays, a weekend day (Saturday)");
    // Sun 1 Aug 2027: after the session ends (16 Jul) and a Sunday.
    expect(closedBecause(hongKong2026, plainDate("2027-08-01"))).toBe("a weekend day (Sunday), outside every term");
    expect(closedBecause(fridaySaturday2026, plainDate("2026-12-04"))).toBe("a weekend day (Friday)");
  });
});

/**
 * Examples from calendars modelled on real school years. Every expected day
 * was worked out by hand on a printed calendar (see the comments).
 */
import { describe, expect, it } from "vitest";
import {
  addSchoolDays,
  describeDay,
  isSchoolDay,
  nextSchoolDay,
  plainDate,
  previousSchoolDay,
  rollToSchoolDay,
  schoolDaysBetween,
} from "../../src/calendar/index.js";
import { fridaySaturday2026, hongKong2026, scotland2026 } from "../support/calendars.js";

const d = plainDate;

describe("a Hong Kong school year (2026/27)", () => {
  it("resumes after the Christmas holidays on Monday 4 January", () => {
    // Fri 18 Dec, then holidays 21 Dec – 1 Jan, then the weekend of 2–3 Jan.
    expect(addSchoolDays(hongKong2026, d("2026-12-18"), 1)).toBe("2027-01-04");
    expect(addSchoolDays(hongKong2026, d("2027-01-04"), -1)).toBe("2026-12-18");
  });

  it("counts 13 school days in February around the Lunar New Year holidays", () => {
    // 1–3 Feb (3), holidays 4–12 Feb, 15–19 Feb (5), 22–26 Feb (5).
    expect(schoolDaysBetween(hongKong2026, d("2027-02-01"), d("2027-03-01"))).toBe(13);
  });

  it("skips the Easter holidays and the Chung Yeung holiday", () => {
    expect(nextSchoolDay(hongKong2026, d("2027-03-24"))).toBe("2027-04-07");
    // Mon 19 Oct is the day following Chung Yeung; 17–18 Oct is a weekend.
    expect(previousSchoolDay(hongKong2026, d("2026-10-20"))).toBe("2026-10-16");
  });

  it("has 198 school days in the session", () => {
    // Per month, weekdays minus holidays: Sep 22, Oct 20, Nov 21, Dec 14, Jan 20,
    // Feb 13, Mar 18, Apr 18, May 20, Jun 21, Jul (1–16) 11.
    expect(schoolDaysBetween(hongKong2026, d("2026-09-01"), d("2027-07-17"))).toBe(198);
    expect(schoolDaysBetween(hongKong2026, d("2026-01-01"), d("2028-01-01"))).toBe(198);
  });

  it("is closed outside the session", () => {
    expect(isSchoolDay(hongKong2026, d("2026-08-31"))).toBe(false);
    expect(isSchoolDay(hongKong2026, d("2026-09-01"))).toBe(true);
    expect(describeDay(hongKong2026, d("2027-07-19")).outsideTerms).toBe(true);
  });

  it("names both closures on Christmas Day", () => {
    const christmas = describeDay(hongKong2026, d("2026-12-25"));
    expect(christmas.schoolDay).toBe(false);
    expect(christmas.closures.map((closure) => closure.name)).toEqual(["Christmas holidays", "Christmas Day"]);
    expect(christmas.term?.name).toBe("Session 2026/27");
  });
});

describe("a Scottish session (2026/27) with October, Christmas and Easter breaks", () => {
  it("returns from the October break on Monday 26 October", () => {
    expect(nextSchoolDay(scotland2026, d("2026-10-09"))).toBe("2026-10-26");
  });

  it("returns from the Christmas break on Thursday 7 January", () => {
    expect(addSchoolDays(scotland2026, d("2026-12-22"), 1)).toBe("2027-01-07");
    expect(rollToSchoolDay(scotland2026, d("2026-12-25"), "backward")).toBe("2026-12-22");
    expect(rollToSchoolDay(scotland2026, d("2026-12-25"), "forward")).toBe("2027-01-07");
  });

  it("crosses the Easter break: Thursday 1 April to Monday 19 April", () => {
    expect(addSchoolDays(scotland2026, d("2027-04-01"), 1)).toBe("2027-04-19");
    expect(addSchoolDays(scotland2026, d("2027-04-01"), -3)).toBe("2027-03-29");
  });

  it("skips the in-service day and the February mid-term break", () => {
    expect(previousSchoolDay(scotland2026, d("2026-11-23"))).toBe("2026-11-19");
    // February: 20 weekdays minus 15–16 Feb.
    expect(schoolDaysBetween(scotland2026, d("2027-02-01"), d("2027-03-01"))).toBe(18);
  });

  it("explains a day in the October break as outside every term", () => {
    const day = describeDay(scotland2026, d("2026-10-14"));
    expect(day).toMatchObject({ schoolDay: false, outsideTerms: true, weekend: false, closures: [] });
    expect(day.term).toBeUndefined();
  });
});

describe("a school with a Friday–Saturday weekend", () => {
  it("is open on Sunday and closed on Friday", () => {
    expect(isSchoolDay(fridaySaturday2026, d("2026-12-06"))).toBe(true);
    expect(isSchoolDay(fridaySaturday2026, d("2026-12-04"))).toBe(false);
    expect(describeDay(fridaySaturday2026, d("2026-12-04")).weekend).toBe(true);
  });

  it("returns from the winter break on Sunday 10 January", () => {
    expect(nextSchoolDay(fridaySaturday2026, d("2026-12-24"))).toBe("2027-01-10");
  });

  it("counts a week with National Day and Liberation Day", () => {
    // Sun 21 to Sat 27 Feb: Sun, Mon, Tue, Wed open; Thu 25 holiday; Fri–Sat weekend.
    expect(schoolDaysBetween(fridaySaturday2026, d("2027-02-21"), d("2027-02-28"))).toBe(4);
  });

  it("moves past Eid al-Fitr and the weekend to Sunday", () => {
    expect(addSchoolDays(fridaySaturday2026, d("2027-03-08"), 1)).toBe("2027-03-14");
  });
});

/**
 * Regular meetings. Expected days worked out by hand on printed month
 * calendars (python3's `calendar` module) of the Hong Kong 2026/27 school
 * year in `test/support/calendars.ts`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, defineSchoolCalendar, isSchoolDay, weekdayOf } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { recurringMeetings } from "../../src/timeline/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { fridaySaturday2026, hongKong2026 } from "../support/calendars.js";

describe("recurringMeetings", () => {
  it("holds fortnightly Wednesday meetings and moves one off a holiday within its week", () => {
    // Wednesdays from 16 Sep 2026, every two weeks, to 11 Nov: 16, 30 Sep, 14, 28 Oct, 11 Nov: all open.
    const schedule = recurringMeetings(hongKong2026, { from: "2026-09-14", to: "2026-11-13", every: { weeks: 2 }, weekday: "wednesday" });
    expect(schedule.meetings).toEqual(["2026-09-16", "2026-09-30", "2026-10-14", "2026-10-28", "2026-11-11"]);
    expect(schedule.diagnostics).toEqual([]);
    // Mondays from 5 Oct every two weeks: 5, 19 Oct (the day after Chung Yeung, closed) → Tue 20 Oct.
    const mondays = recurringMeetings(hongKong2026, { from: "2026-10-05", to: "2026-10-31", every: { weeks: 2 } });
    expect(mondays.occurrences).toEqual([
      { planned: "2026-10-05", status: "held", day: "2026-10-05" },
      { planned: "2026-10-19", status: "moved", day: "2026-10-20", closure: "Day following Chung Yeung Festival" },
    ]);
    expect(mondays.diagnostics).toEqual([
      {
        ruleId: "timeline/meeting-moved",
        code: "timeline/meeting-moved",
        params: { closure: "Day following Chung Yeung Festival", day: "2026-10-20", planned: "2026-10-19" },
        severity: "info",
        message: "The meeting planned for 2026-10-19 (Day following Chung Yeung Festival) moves to 2026-10-20, in the same week.",
        path: ["occurrences", 1],
      },
    ]);
  });

  it("moves to the earlier day on a tie: Thursday 1 October (National Day) → Wednesday 30 September", () => {
    const schedule = recurringMeetings(hongKong2026, { from: "2026-09-03", to: "2026-10-01", every: { weeks: 4 } });
    expect(schedule.meetings).toEqual(["2026-09-03", "2026-09-30"]);
  });

  it("skips a meeting whose whole week is closed, and says so", () => {
    // Weekly Wednesdays through December: 2, 9, 16 Dec held; 23 and 30 Dec are in the Christmas holidays
    // (21 Dec – 1 Jan), whose weeks have no school day left.
    const schedule = recurringMeetings(hongKong2026, { from: "2026-12-02", to: "2026-12-31", every: { weeks: 1 } });
    expect(schedule.meetings).toEqual(["2026-12-02", "2026-12-09", "2026-12-16"]);
    expect(schedule.occurrences.filter((o) => o.status === "skipped").map((o) => [o.planned, o.closure])).toEqual([
      ["2026-12-23", "Christmas holidays"],
      ["2026-12-30", "Christmas holidays"],
    ]);
    expect(schedule.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ["timeline/meeting-skipped", "warning"],
      ["timeline/meeting-skipped", "warning"],
    ]);
    expect(schedule.diagnostics[0]?.message).toBe(
      "The meeting planned for 2026-12-23 is skipped: Christmas holidays, and no other school day in its week.",
    );
  });

  it("never moves a meeting outside from…to", () => {
    // Fri 1 Jan 2027 is a holiday; the rest of its week (28–31 Dec) is before `from`.
    const schedule = recurringMeetings(hongKong2026, { from: "2027-01-01", to: "2027-01-31", every: { weeks: 1 } });
    expect(schedule.occurrences[0]).toEqual({ planned: "2027-01-01", status: "skipped", closure: "Christmas holidays" });
    expect(schedule.meetings).toEqual(["2027-01-08", "2027-01-15", "2027-01-22", "2027-01-29"]);
  });

  it("meets monthly on the first given weekday on or after each monthly date", () => {
    // From Tue 1 Sep, monthly on Tuesdays: 1 Sep, 6 Oct, 3 Nov, 1 Dec, 5 Jan (first Tuesdays).
    const schedule = recurringMeetings(hongKong2026, { from: "2026-09-01", to: "2027-01-31", every: { months: 1 }, weekday: "tuesday" });
    expect(schedule.meetings).toEqual(["2026-09-01", "2026-10-06", "2026-11-03", "2026-12-01", "2027-01-05"]);
    // Without a weekday, the same day of the month, clamped: 31 Aug → 30 Sep → 31 Oct is a Saturday …
    const clamped = recurringMeetings(defineSchoolCalendar({}), { from: "2026-08-31", to: "2026-12-31", every: { months: 1 } });
    expect(clamped.occurrences.map((o) => o.planned)).toEqual(["2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31"]);
    // … Sat 31 Oct moves to Fri 30 Oct (its week runs Mon 26 Oct – Sun 1 Nov).
    expect(clamped.meetings[2]).toBe("2026-10-30");
  });

  it("keeps a school's own week: with a Friday–Saturday weekend the week starts on Sunday", () => {
    // Eid al-Fitr, Tue 9 – Thu 11 Mar 2027. A Thursday meeting on 11 Mar: its week runs Sun 7 – Sat 13 Mar,
    // the nearest school day is Mon 8 Mar (Sun 7 is further); Sun 14 Mar belongs to the next week.
    const schedule = recurringMeetings(fridaySaturday2026, { from: "2027-03-04", to: "2027-03-18", every: { weeks: 1 } });
    expect(schedule.meetings).toEqual(["2027-03-04", "2027-03-08", "2027-03-18"]);
  });

  it("checks its options", () => {
    expect(() => recurringMeetings(hongKong2026, { from: "2027-06-30", to: "2026-09-01", every: { weeks: 1 } })).toThrow(InvalidInputError);
    expect(() => recurringMeetings(hongKong2026, { from: "2026-09-01", to: "2027-06-30", every: { weeks: 0 } })).toThrow(/every/);
  });

  it("never drops a meeting silently and holds every meeting on a school day in its window", () => {
    fc.assert(
      fc.property(calendarArbitrary, dayArbitrary, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 4 }), (calendar, from, length, weeks) => {
        const to = addDays(from, length);
        const schedule = recurringMeetings(calendar, { from, to, every: { weeks } });
        expect(schedule.meetings.length + schedule.diagnostics.filter((d) => d.ruleId === "timeline/meeting-skipped").length).toBe(
          schedule.occurrences.length,
        );
        for (const day of schedule.meetings) {
          expect(isSchoolDay(calendar, day)).toBe(true);
          expect(day >= from && day <= to).toBe(true);
        }
        for (const occurrence of schedule.occurrences) expect(weekdayOf(occurrence.planned)).toBe(weekdayOf(from));
      }),
    );
  });

  it("ends the rhythm at 9999-12-31 instead of throwing past it", () => {
    const calendar = defineSchoolCalendar({});
    // Fridays 3, 10, 17, 24 and 31 Dec 9999; the next Friday would be in the year 10000.
    expect(recurringMeetings(calendar, { from: "9999-12-03", to: "9999-12-31", every: { weeks: 1 } }).meetings).toEqual([
      "9999-12-03", "9999-12-10", "9999-12-17", "9999-12-24", "9999-12-31",
    ]);
    expect(recurringMeetings(calendar, { from: "9999-12-01", to: "9999-12-31", every: { months: 1 } }).meetings).toEqual(["9999-12-01"]);
    expect(recurringMeetings(calendar, { from: "9999-11-30", to: "9999-12-31", every: { months: 12 }, weekday: "friday" }).meetings).toEqual(["9999-12-03"]);
    // Friday 31 Dec 9999: the next Monday is in the year 10000, so no meeting at all.
    expect(recurringMeetings(calendar, { from: "9999-12-31", to: "9999-12-31", every: { weeks: 1 }, weekday: "monday" })).toEqual({
      meetings: [],
      occurrences: [],
      diagnostics: [],
    });
    // Sunday 26 Dec 9999 is closed; its school week (27–31 Dec) is outside the range `to` allows.
    const sunday = recurringMeetings(calendar, { from: "9999-12-25", to: "9999-12-26", every: { weeks: 1 }, weekday: "sunday" });
    expect(sunday.occurrences).toEqual([{ planned: "9999-12-26", status: "skipped", closure: "a weekend day (Sunday)" }]);
  });

  it("moves a meeting within the first week of 0001 without stepping before 0001-01-01", () => {
    // 0001-01-01 is a Monday; with a Thursday–Friday weekend its school week started on Saturday 30 Dec of the year 0.
    const calendar = defineSchoolCalendar({ weekend: ["thursday", "friday"], closures: [{ name: "New Year", start: "0001-01-01" }] });
    const schedule = recurringMeetings(calendar, { from: "0001-01-01", to: "0001-01-14", every: { weeks: 1 } });
    expect(schedule.occurrences).toEqual([
      { planned: "0001-01-01", status: "moved", day: "0001-01-02", closure: "New Year" },
      { planned: "0001-01-08", status: "held", day: "0001-01-08" },
    ]);
  });

  it("never throws for a range anywhere near the ends of the supported days", () => {
    const calendar = defineSchoolCalendar({ weekend: ["friday", "saturday"], closures: [{ name: "Last week", start: "9999-12-24", end: "9999-12-30" }] });
    const nearEnd = fc.oneof(
      fc.integer({ min: 1, max: 60 }).map((n) => addDays("0001-01-01" as never, n - 1)),
      fc.integer({ min: 1, max: 60 }).map((n) => addDays("9999-12-31" as never, 1 - n)),
    );
    const every = fc.oneof(fc.integer({ min: 1, max: 52 }).map((weeks) => ({ weeks })), fc.integer({ min: 1, max: 12 }).map((months) => ({ months })));
    fc.assert(
      fc.property(nearEnd, nearEnd, every, fc.option(fc.constantFrom("monday", "wednesday", "sunday" as const), { nil: undefined }), (a, b, rhythm, weekday) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const schedule = recurringMeetings(calendar, { from, to, every: rhythm, ...(weekday === undefined ? {} : { weekday }) });
        expect(schedule.meetings.every((day) => day >= from && day <= to && isSchoolDay(calendar, day))).toBe(true);
      }),
    );
  });
});

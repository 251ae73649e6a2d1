import { describe, expect, it } from "vitest";
import { defaultAgreementOptions } from "../../src/agreement/index.js";
import { inspectionOf, sessionOfCalendar, weekdayCalendar } from "../../src/agreement/inspection.js";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { scotland2026 } from "../support/calendars.js";

describe("inspectionOf", () => {
  it("defaults to a Monday-to-Friday calendar, no session and the default settings", () => {
    const inspection = inspectionOf({}, undefined);
    expect(inspection.calendar).toBe(weekdayCalendar());
    expect(inspection.calendar.weekend).toEqual(["saturday", "sunday"]);
    expect(inspection.session).toBeUndefined();
    expect(inspection.options).toBe(defaultAgreementOptions);
  });

  it("takes the session from the span of the calendar's terms, unless one is given", () => {
    expect(inspectionOf({ calendar: scotland2026 }, undefined).session).toEqual({ start: "2026-08-18", end: "2027-06-30" });
    const session = { start: plainDate("2026-08-20"), end: plainDate("2027-06-25") };
    expect(inspectionOf({ calendar: scotland2026, session }, undefined).session).toBe(session);
    expect(sessionOfCalendar(weekdayCalendar())).toBeUndefined();
  });

  it("lays settings over the defaults", () => {
    expect(inspectionOf({}, { dialogueWithinSchoolDays: 5 }).options).toEqual({ ...defaultAgreementOptions, dialogueWithinSchoolDays: 5 });
  });

  it("spans the terms whatever the order they are listed in", () => {
    const calendar = defineSchoolCalendar({
      terms: [
        { name: "Second term", start: "2027-01-04", end: "2027-07-16" },
        { name: "First term", start: "2026-09-01", end: "2026-12-18" },
      ],
    });
    expect(sessionOfCalendar(calendar)).toEqual({ start: "2026-09-01", end: "2027-07-16" });
  });
});

/**
 * The iCalendar export, read back with an independent parser (ical.js) and
 * compared event by event with the timeline.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { addDays, defineSchoolCalendar } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { definePlanTemplate, jointSchoolSharing, scheduleBackward, toICalendar, type Timeline } from "../../src/timeline/index.js";
import { hongKong2026 } from "../support/calendars.js";

const options = { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example.edu.hk", calendarName: "Harbour; sharing, 2027" };

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

function checkRoundTrip(timeline: Timeline, ics: string): void {
  const parsed = events(ics);
  expect(parsed).toHaveLength(timeline.stages.length);
  timeline.stages.forEach((stage, i) => {
    const event = parsed[i] as ICAL.Component;
    const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = event.getFirstPropertyValue("dtend") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(end.isDate).toBe(true);
    expect(start.toString()).toBe(stage.opensOn);
    expect(end.toString()).toBe(addDays(stage.dueOn, 1));
    expect(event.getFirstPropertyValue("uid")).toBe(`${stage.id}.${timeline.planId}@harbour.example.edu.hk`);
    expect(event.getFirstPropertyValue("summary")).toBe(`${stage.id} ${stage.title}`);
    const description = (event.getFirstPropertyValue("description") as string | null) ?? "";
    for (const task of [...stage.tasks.external, ...stage.tasks.internal]) expect(description).toContain(`- ${task}`);
    expect((event.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2027-01-10T09:00:00Z");
    expect(event.getFirstPropertyValue("transp")).toBe(stage.kind === "activity" ? "OPAQUE" : "TRANSPARENT");
  });
}

describe("toICalendar", () => {
  it("round-trips every stage of a joint-school activity through ical.js", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar: hongKong2026, planId: "harbour-2027-02" });
    const ics = toICalendar(timeline, options);
    checkRoundTrip(timeline, ics);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    // RFC 7986 gives NAME the TEXT type, so it is escaped; ical.js does not know NAME and
    // returns the value as written.
    expect(calendar.getFirstPropertyValue("name")).toBe("Harbour\\; sharing\\, 2027");
  });

  it("writes all-day dates with an exclusive end, CRLF line ends and lines of at most 75 octets", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar: hongKong2026 });
    const ics = toICalendar(timeline, options);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // S8, the activity day Fri 26 Feb: one day, ending (exclusively) on Sat 27 Feb.
    expect(lines).toContain("DTSTART;VALUE=DATE:20270226");
    expect(lines).toContain("DTEND;VALUE=DATE:20270227");
    expect(lines).toContain("UID:S8.joint-school-sharing-2027-02-26@harbour.example.edu.hk");
    expect(lines).toContain("NAME:Harbour\\; sharing\\, 2027");
  });

  it("ends a stage due on 9999-12-31 with a DURATION, as no date names the day after it", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "9999-12-28", calendar: defineSchoolCalendar({}) });
    const events = toICalendar(timeline, options).split("BEGIN:VEVENT").slice(1);
    const s9 = events.find((event) => event.includes("UID:S9."));
    // S9 opens Wed 29 Dec 9999 and is held at 31 Dec 9999: three days.
    expect(s9).toContain("DTSTART;VALUE=DATE:99991229\r\nDURATION:P3D\r\n");
    expect(s9).not.toContain("DTEND");
    expect(events.find((event) => event.includes("UID:S8."))).toContain("DTEND;VALUE=DATE:99991229");
    const parsed = new ICAL.Component(ICAL.parse(toICalendar(timeline, options)));
    const event = new ICAL.Event(parsed.getAllSubcomponents("vevent").find((e) => String(e.getFirstPropertyValue("uid")).startsWith("S9.")));
    expect(event.endDate.toString()).toBe("10000-01-01");
  });

  it("escapes text and folds long lines without splitting a character", () => {
    const template = definePlanTemplate({
      id: "visit",
      title: "Visit",
      schedule: "backward",
      stages: [
        {
          id: "day",
          title: "家長日, 分享; 教學\\經驗 ".repeat(6).trim(),
          offset: {},
          kind: "activity",
          tasks: { external: ["Line one\nline two, with a comma; and a semicolon"], internal: ["準備材料".repeat(12)] },
        },
      ],
    });
    const timeline = scheduleBackward(template, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}), planId: "visit,2027;a" });
    const ics = toICalendar(timeline, options);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    checkRoundTrip(timeline, ics);
    const description = events(ics)[0]?.getFirstPropertyValue("description");
    expect(description).toContain("Line one\nline two, with a comma; and a semicolon");
  });

  it("takes the time stamp as a parameter and checks its options", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar: hongKong2026 });
    expect(toICalendar(timeline, { ...options, dtstamp: "2027-01-10T09:00:00.123Z" })).toContain("DTSTAMP:20270110T090000Z");
    expect(() => toICalendar(timeline, { ...options, dtstamp: "2027-01-10 09:00" })).toThrow(InvalidInputError);
    expect(() => toICalendar(timeline, { ...options, dtstamp: "2027-02-30T09:00:00Z" })).toThrow("Expected a UTC time stamp");
    expect(() => toICalendar(timeline, { ...options, dtstamp: "2027-01-10T24:00:00Z" })).toThrow("Expected a UTC time stamp");
    expect(() => toICalendar(timeline, { ...options, uidDomain: "not a domain" })).toThrow(/uidDomain/);
    expect(toICalendar(timeline, { dtstamp: options.dtstamp, uidDomain: options.uidDomain })).not.toContain("NAME:");
  });

  it("gives the same document twice: stable UIDs and no clock", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar: hongKong2026 });
    expect(toICalendar(timeline, options)).toBe(toICalendar(JSON.parse(JSON.stringify(timeline)) as Timeline, options));
  });
});

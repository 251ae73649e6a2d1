import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { icsCommand } from "../../../src/cli/commands/ics.js";
import { defineSchoolCalendar } from "../../../src/calendar/index.js";
import { jointSchoolSharing, scheduleBackward, toICalendar } from "../../../src/timeline/index.js";
import { run } from "../../support/cliHost.js";

const calendar = defineSchoolCalendar({ closures: [{ name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12" }] });
const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar });

describe("icsCommand", () => {
  it("prints the library's iCalendar text", () => {
    const output = icsCommand({ timeline, dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example", format: "ics" });
    expect(output.stdout).toBe(toICalendar(timeline, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example" }));
    expect(output.exitCode).toBe(0);
  });

  it("reports the timeline's errors on standard error, and exits with 1", () => {
    const closed = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-08", calendar });
    const output = icsCommand({ timeline: closed, dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example", format: "ics" });
    expect(output.stderr).toMatch(/timeline\/activity-day-closed/);
    expect(output.exitCode).toBe(1);
  });
});

describe("collegiate ics", () => {
  it("reads a timeline, stamps it now unless told otherwise, and names the calendar", async () => {
    const output = await run(["ics", "t.timeline.json", "--uid-domain", "harbour.example", "--calendar-name", "Sharing day"], { "t.timeline.json": timeline });
    const parsed = new ICAL.Component(ICAL.parse(output.stdout) as unknown[]);
    const events = parsed.getAllSubcomponents("vevent");
    expect(events.map((event) => event.getFirstPropertyValue("uid"))).toContain("S8.joint-school-sharing-2027-03-18@harbour.example");
    // The memory host's clock reads 2027-01-10T09:00:00Z.
    expect(output.stdout).toContain("DTSTAMP:20270110T090000Z");
    expect(parsed.getFirstPropertyValue("x-wr-calname")).toBe("Sharing day");
  });

  it("prints { ics, diagnostics } with --json", async () => {
    const output = await run(["ics", "-", "--uid-domain", "harbour.example", "--dtstamp", "2027-02-01T08:30:00Z", "--json"], {}, JSON.stringify(timeline));
    const result = JSON.parse(output.stdout) as { ics: string; diagnostics: unknown[] };
    expect(result.ics).toContain("DTSTAMP:20270201T083000Z");
    expect(result.diagnostics).toEqual([]);
  });

  it("exits with 2 on an invalid timeline or option, naming it", async () => {
    const broken = { ...timeline, stages: timeline.stages.map((stage, i) => (i === 0 ? { ...stage, dueOn: "2026-01-01" } : stage)) };
    expect((await run(["ics", "t.timeline.json", "--uid-domain", "harbour.example"], { "t.timeline.json": broken })).stderr).toMatch(/^collegiate: t\.timeline\.json: stages\.0\.dueOn: /);
    expect((await run(["ics", "t.timeline.json"], { "t.timeline.json": timeline })).stderr).toMatch(/--uid-domain is required/);
    expect((await run(["ics", "t.timeline.json", "--uid-domain", "harbour.example", "--dtstamp", "yesterday"], { "t.timeline.json": timeline })).stderr).toMatch(/^collegiate: --dtstamp: /);
  });
});

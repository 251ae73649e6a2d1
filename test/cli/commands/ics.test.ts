import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
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

describe("collegiate ics --locale zh-Hant", () => {
  it("heads the events' tasks in Chinese and keeps the titles the timeline was scheduled with", async () => {
    const chinese = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, locale: zhHant });
    const files = { "zh.timeline.json": chinese, "en.timeline.json": timeline };
    const output = await run(["ics", "zh.timeline.json", "--uid-domain", "harbour.example", "--locale", "zh-Hant"], files);
    expect(output.stdout).toBe(toICalendar(chinese, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example", locale: zhHant }));
    expect(output.stdout).toContain("SUMMARY:S8 活動當日協調\r\n");
    expect(output.stdout).toContain("DESCRIPTION:對外工作：\\n- 主辦活動\r\n");
    // A timeline scheduled in English keeps its English titles: they are the timeline's data.
    const english = await run(["ics", "en.timeline.json", "--uid-domain", "harbour.example", "--locale", "zh-Hant"], files);
    expect(english.stdout).toContain("SUMMARY:S8 Coordination on the day\r\n");
    expect(english.stdout).toContain("DESCRIPTION:對外工作：\\n- Host the activity\r\n");
    expect(english.exitCode).toBe(0);
  });

  it("prints the timeline's findings in Chinese on standard error, with status 1", async () => {
    const closed = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-08", calendar, locale: zhHant });
    const output = await run(["ics", "-", "--uid-domain", "harbour.example", "--locale", "zh-Hant"], {}, JSON.stringify(closed));
    expect(output.stderr).toMatch(/^✖ 錯誤 {2}activityDay {2}timeline\/activity-day-closed\n {2}活動日2027-02-08不是學校日：Lunar New Year holidays。\n/);
    expect(output.exitCode).toBe(1);
  });

  it("explains input it cannot use in Chinese, with status 2", async () => {
    const files = { "t.timeline.json": timeline };
    expect(await run(["ics", "t.timeline.json", "--locale", "zh-Hant"], files)).toEqual({
      stdout: "",
      stderr: "collegiate: --uid-domain: 必須提供--uid-domain\n請執行 collegiate ics --help 查看選項。\n",
      exitCode: 2,
    });
    // The timeline catalogue's ics.dtstamp, given by toICalendar in the locale it was given.
    expect((await run(["ics", "t.timeline.json", "--uid-domain", "harbour.example", "--dtstamp", "yesterday", "--locale", "zh-Hant"], files)).stderr).toMatch(
      /^collegiate: --dtstamp: 應為協調世界時（UTC）的時間戳記，例如2027-01-10T09:00:00Z。\n/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { scheduleCommand, scheduleTimeline } from "../../../src/cli/commands/schedule.js";
import { defineSchoolCalendar, plainDate } from "../../../src/calendar/index.js";
import { formatTimeline, jointSchoolSharing, peerCoachingProgramme, scheduleBackward } from "../../../src/timeline/index.js";
import { run } from "../../support/cliHost.js";

const calendarInput = {
  terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }],
  closures: [
    { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" },
    { name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12" },
    { name: "Easter holidays", start: "2027-03-25", end: "2027-04-06" },
  ],
};
const calendar = defineSchoolCalendar(calendarInput);

describe("scheduleCommand", () => {
  it("prints the timeline the library schedules", () => {
    const output = scheduleCommand({ calendar, template: jointSchoolSharing, anchorDay: plainDate("2027-02-26"), format: "text" });
    expect(output.stdout).toBe(`${formatTimeline(scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar }))}\n`);
    expect(output.exitCode).toBe(0);
  });

  it("schedules forward from the start day, with the phase length given", () => {
    // The timeline guide: with the shortest phases, the programme ends on Mon 12 Apr.
    const timeline = scheduleTimeline({ calendar, template: peerCoachingProgramme, anchorDay: plainDate("2026-09-07"), phaseLength: "shortest", format: "json" });
    expect(timeline.stages.at(-1)?.dueOn).toBe("2027-04-12");
  });

  it("exits with 1 when the activity day is closed", () => {
    const output = scheduleCommand({ calendar, template: jointSchoolSharing, anchorDay: plainDate("2027-02-08"), format: "markdown" });
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toContain("`timeline/activity-day-closed`");
  });
});

describe("collegiate schedule", () => {
  it("reads the calendar file, a built-in template and the activity day; --json gives the timeline", async () => {
    const output = await run(
      ["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--as-of", "2027-02-11", "--compress", "--plan-id", "day-1", "--school", "Harbour", "--person", "t-chan", "--json"],
      { "c.calendar.json": calendarInput },
    );
    const timeline = JSON.parse(output.stdout) as { planId: string; school: string; people: string[]; stages: { id: string; opensOn: string }[] };
    // The timeline guide's "announced five weeks ahead": S1–S3 compressed to open on 2027-02-15.
    expect(timeline.stages[0]).toMatchObject({ id: "S1", opensOn: "2027-02-15" });
    expect([timeline.planId, timeline.school, timeline.people]).toEqual(["day-1", "Harbour", ["t-chan"]]);
    expect(output.exitCode).toBe(0);
  });

  it("reads a template file, and asks for the day its direction needs", async () => {
    const template = { id: "t", title: "T", schedule: "forward", stages: [{ id: "a", title: "A", duration: { schoolDays: 2 } }] };
    const files = { "c.calendar.json": calendarInput, "t.template.json": template };
    const output = await run(["schedule", "c.calendar.json", "--template", "t.template.json", "--start-day", "2027-03-01", "--json"], files);
    expect((JSON.parse(output.stdout) as { stages: { dueOn: string }[] }).stages[0]?.dueOn).toBe("2027-03-02");
    const wrong = await run(["schedule", "c.calendar.json", "--template", "t.template.json", "--activity-day", "2027-03-01"], files);
    expect(wrong.stderr).toMatch(/^collegiate: --start-day: t is scheduled forward from a start day: give --start-day YYYY-MM-DD \(not --activity-day\)\n/);
    expect(wrong.exitCode).toBe(2);
  });

  it("exits with 2 on a calendar with problems, naming the file and the path", async () => {
    const output = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18"], {
      "c.calendar.json": { terms: [{ name: "T", start: "2027-01-10", end: "2026-12-20" }] },
    });
    expect(output.stderr).toMatch(/^collegiate: c\.calendar\.json: terms\.0\.end: The term ends on 2026-12-20, before it starts on 2027-01-10\.\n/);
    expect(output.exitCode).toBe(2);
  });

  it("names options the library refuses", async () => {
    const output = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--plan-id", "x".repeat(201)], {
      "c.calendar.json": calendarInput,
    });
    expect(output.stderr).toMatch(/^collegiate: --plan-id: /);
    expect((await run(["schedule", "c.calendar.json", "--activity-day", "2027-03-18"], { "c.calendar.json": calendarInput })).stderr).toMatch(/--template is required/);
    expect((await run(["schedule", "--template", "joint-school-sharing"])).stderr).toMatch(/give exactly one file/);
    expect((await run(["schedule", "c.calendar.json", "--template", "peer-coaching-programme", "--start-day", "2026-09-07", "--phase-length", "long"], { "c.calendar.json": calendarInput })).stderr).toMatch(
      /--phase-length: expected one of shortest, longest, not "long"/,
    );
  });
});

describe("collegiate schedule --locale zh-Hant", () => {
  it("schedules the built-in template with its Chinese titles and prints the table in Chinese", async () => {
    const output = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--locale", "zh-Hant"], { "c.calendar.json": calendarInput });
    // 18 March 2027 is a Thursday (四); the table's headings are the timeline catalogue's 階段, 名稱, 開始, 限期.
    expect(output.stdout).toMatch(/^聯校專業分享活動：活動日2027年3月18日（四）\n\n階段 {2}名稱 +開始 +限期\n/);
    expect(output.stdout).toMatch(/\nS8 {4}活動當日協調 +2027年3月18日（四） +2027年3月18日（四）\n/);
    expect(output.stdout).toBe(`${formatTimeline(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, locale: zhHant }), { locale: zhHant })}\n`);
    expect(output.exitCode).toBe(0);
  });

  it("reports a closed activity day in Chinese, with status 1, and keeps the closure's name as written", async () => {
    const output = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-02-08", "--markdown", "--locale", "zh-Hant"], { "c.calendar.json": calendarInput });
    expect(output.stdout).toContain("| 錯誤 | `timeline/activity-day-closed` | `activityDay` | 活動日2027-02-08不是學校日：Lunar New Year holidays。");
    expect(output.exitCode).toBe(1);
  });

  it("writes the timeline's JSON with Chinese titles", async () => {
    const output = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--json", "--locale", "zh-Hant"], { "c.calendar.json": calendarInput });
    const timeline = JSON.parse(output.stdout) as { title: string; stages: { id: string; title: string }[] };
    expect(timeline.title).toBe("聯校專業分享活動");
    expect(timeline.stages.find((stage) => stage.id === "S8")?.title).toBe("活動當日協調");
  });

  it("explains options it cannot use in Chinese, with status 2", async () => {
    const missing = await run(["schedule", "c.calendar.json", "--activity-day", "2027-03-18", "--locale", "zh-Hant"], { "c.calendar.json": calendarInput });
    expect(missing).toEqual({ stdout: "", stderr: "collegiate: --template: 必須提供--template\n請執行 collegiate schedule --help 查看選項。\n", exitCode: 2 });
    const direction = await run(["schedule", "c.calendar.json", "--template", "peer-coaching-programme", "--activity-day", "2027-03-01", "--locale", "zh-Hant"], { "c.calendar.json": calendarInput });
    expect(direction.stderr).toMatch(/^collegiate: --start-day: peer-coaching-programme由開始日順序編排：請提供 --start-day YYYY-MM-DD（而非--activity-day）\n/);
    // The calendar catalogue's term.end-before-start.
    const broken = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--locale", "zh-Hant"], {
      "c.calendar.json": { terms: [{ name: "T", start: "2027-01-10", end: "2026-12-20" }] },
    });
    expect(broken.stderr).toMatch(/^collegiate: c\.calendar\.json: terms\.0\.end: 學期的結束日2026-12-20早於開始日2027-01-10。\n/);
    expect(broken.exitCode).toBe(2);
  });
});

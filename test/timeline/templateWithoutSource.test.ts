/**
 * A school's own template, with no source document behind it: its findings
 * cite no clause, and everything else works as for the built-in templates.
 */
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { definePlanTemplate, parsePlanTemplate, scheduleBackward, toICalendar } from "../../src/timeline/index.js";

/** Open Monday to Friday in the session 1 Sep 2026 – 16 Jul 2027, closed 21 Dec – 1 Jan. */
const calendar = defineSchoolCalendar({
  terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }],
  closures: [{ name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" }],
});

const openDay = definePlanTemplate({
  id: "open-day",
  title: "Open day",
  schedule: "backward",
  stages: [
    { id: "invite", title: "Invite families", offset: { weeks: -3 }, tasks: { external: ["Send the letter"] } },
    { id: "rehearse", title: "Rehearse", offset: { days: -10 } },
    { id: "day", title: "Open day", offset: {}, kind: "activity" },
  ],
});

describe("a template without a source document", () => {
  it("schedules it, and its findings cite no clause", () => {
    // 3 weeks and 10 days before Mon 11 Jan 2027 are Mon 21 Dec and Fri 1 Jan, both in the Christmas
    // holidays: both groups roll back to Fri 18 Dec, and "invite" has no school day of its own.
    const timeline = scheduleBackward(openDay, { activityDay: "2027-01-11", calendar });
    expect(timeline.stages.map((stage) => `${stage.id} ${stage.opensOn}…${stage.dueOn}`)).toEqual([
      "invite 2026-12-18…2026-12-18",
      "rehearse 2026-12-18…2027-01-08",
      "day 2027-01-11…2027-01-11",
    ]);
    const window = timeline.diagnostics.find((diagnostic) => diagnostic.ruleId === "timeline/window-without-school-day");
    expect(window).toMatchObject({ severity: "warning", path: ["stages", 0] });
    expect(timeline.diagnostics.every((diagnostic) => !("source" in diagnostic))).toBe(true);
  });

  it("reports a day outside the calendar without a clause", () => {
    // Three weeks and ten days before Fri 4 Sep 2026 are before the calendar's first school day.
    const timeline = scheduleBackward(openDay, { activityDay: "2026-09-04", calendar });
    const outside = timeline.diagnostics.filter((diagnostic) => diagnostic.ruleId === "timeline/outside-calendar");
    expect(outside.map((diagnostic) => diagnostic.path)).toEqual([["stages", 0], ["stages", 1]]);
    expect(outside.every((diagnostic) => diagnostic.severity === "error" && !("source" in diagnostic))).toBe(true);
    expect(outside[0]?.message).toContain("(2026-09-01 to 2027-07-16)");
  });

  it("compresses it without a clause", () => {
    const timeline = scheduleBackward(openDay, { activityDay: "2027-03-18", calendar, asOf: "2027-03-10", compress: true });
    const compressed = timeline.diagnostics.filter((diagnostic) => diagnostic.ruleId === "timeline/compressed");
    // Six school days from Wed 10 Mar to Wed 17 Mar, shared 7 : 8 by the largest remainder: 3 and 3.
    expect(timeline.stages.map((stage) => `${stage.id} ${stage.opensOn}…${stage.dueOn}`)).toEqual([
      "invite 2027-03-10…2027-03-12",
      "rehearse 2027-03-15…2027-03-17",
      "day 2027-03-18…2027-03-18",
    ]);
    expect(compressed.map((diagnostic) => diagnostic.path)).toEqual([["stages", 0], ["stages", 1]]);
    expect(compressed.every((diagnostic) => !("source" in diagnostic))).toBe(true);
  });

  it("writes an event without a description for a stage with no tasks", () => {
    const timeline = scheduleBackward(openDay, { activityDay: "2027-03-18", calendar });
    const ics = toICalendar(timeline, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "school.example" });
    const events = ics.split("BEGIN:VEVENT").slice(1);
    expect(events).toHaveLength(3);
    expect(events[0]).toContain("DESCRIPTION:");
    expect(events[0]).not.toContain("Internal");
    expect(events[1]).not.toContain("DESCRIPTION:");
  });
});

describe("groups with durations in months", () => {
  const forward = (durations: readonly unknown[]) => ({
    id: "phases",
    title: "Phases",
    schedule: "forward",
    stages: durations.map((duration, i) => ({ id: `p${i}`, title: `Phase ${i}`, group: "phase", duration })),
  });

  it("accepts a group whose stages share a length in months", () => {
    expect(parsePlanTemplate(forward([{ months: 2 }, { months: 2 }])).ok).toBe(true);
  });

  it("refuses a group whose stages disagree on a length in months", () => {
    const result = parsePlanTemplate(forward([{ months: 2 }, { months: 3 }]));
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.ruleId}@${diagnostic.path.join(".")}`)).toEqual([
      "schema/group-duration-mismatch@stages.1.duration",
    ]);
  });
});

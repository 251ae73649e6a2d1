import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { definePlanTemplate, jointSchoolSharing, scheduleBackward, timelineToMarkdown } from "../../src/timeline/index.js";
import { hongKong2026 } from "../support/calendars.js";

describe("timelineToMarkdown", () => {
  it("renders a bold heading and a table of stages", () => {
    // Weekdays only; activity Thu 18 Mar 2027: S1–S3 from Fri 18 Dec to Fri 15 Jan.
    const markdown = timelineToMarkdown(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) }));
    expect(markdown.split("\n").slice(0, 5)).toEqual([
      "**Joint-school sharing activity: activity day Thu 18 Mar 2027**",
      "",
      "| Stage | Title | Opens | Due |",
      "| --- | --- | --- | --- |",
      "| S1 | Organisation of working group | Fri 18 Dec 2026 | Fri 15 Jan 2027 |",
    ]);
    expect(markdown.split("\n")).toHaveLength(13);
  });

  it("adds a status column and the diagnostics table", () => {
    const markdown = timelineToMarkdown(scheduleBackward(jointSchoolSharing, { activityDay: "2027-05-13", calendar: hongKong2026, asOf: "2027-03-01" }));
    expect(markdown).toContain("| Stage | Title | Opens | Due | Status |");
    expect(markdown).toContain("| S8 | Coordination on the day | Thu 13 May 2027 | Thu 13 May 2027 | upcoming |");
    expect(markdown).toContain("| error | `timeline/activity-day-closed` | `activityDay` |");
  });

  it("escapes pipes in titles", () => {
    const template = definePlanTemplate({
      id: "x",
      title: "Plan | A",
      schedule: "backward",
      stages: [{ id: "day", title: "Either | or", offset: {} }],
    });
    const markdown = timelineToMarkdown(scheduleBackward(template, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) }));
    expect(markdown).toContain("**Plan \\| A: activity day Thu 18 Mar 2027**");
    expect(markdown).toContain("| day | Either \\| or |");
  });
});

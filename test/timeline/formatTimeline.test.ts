/** Days worked out by hand on a printed calendar: see scheduleBackward.test.ts for the Hong Kong cases. */
import { zhTW } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { definePlanTemplate, formatTimeline, jointSchoolSharing, scheduleBackward } from "../../src/timeline/index.js";
import { displayWidth } from "../../src/text/displayWidth.js";
import { hongKong2026 } from "../support/calendars.js";

describe("formatTimeline", () => {
  it("prints a heading and an aligned table of stages", () => {
    const text = formatTimeline(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) }));
    const lines = text.split("\n");
    expect(lines[0]).toBe("Joint-school sharing activity: activity day Thu 18 Mar 2027");
    expect(lines[2]).toMatch(/^Stage {2}Title {2,}Opens {2,}Due$/);
    expect(lines[4]).toMatch(/^S1 {5}Organisation of working group {2,}Fri 18 Dec 2026 {2}Fri 15 Jan 2027$/);
    expect(lines[12]).toMatch(/^S9 {5}Evaluation and feedback {2,}Fri 19 Mar 2027 {2}Fri 16 Apr 2027$/);
    // Every row's "Opens" column starts where its header does.
    const column = (lines[2] as string).indexOf("Opens");
    for (const line of lines.slice(4, 13)) expect(line.slice(column)).toMatch(/^\w{3} \d/);
    expect(lines).toHaveLength(13);
  });

  it("adds statuses with asOf and the diagnostics after the table", () => {
    const text = formatTimeline(scheduleBackward(jointSchoolSharing, { activityDay: "2027-05-13", calendar: hongKong2026, asOf: "2027-03-01" }));
    expect(text.split("\n")[0]).toBe("Joint-school sharing activity: activity day Thu 13 May 2027 (as of Mon 1 Mar 2027)");
    expect(text).toMatch(/^S1 .*Wed 3 Feb 2027 {2,}Thu 11 Mar 2027 {2}open$/m);
    expect(text).toMatch(/^S9 .*upcoming$/m);
    expect(text).toContain("✖ error  activityDay  timeline/activity-day-closed\n  The activity day 2027-05-13 is closed: Buddha's Birthday.");
  });

  it("takes a day pattern and a date-fns locale, and aligns wide characters", () => {
    const template = definePlanTemplate({
      id: "visit",
      title: "觀課",
      schedule: "backward",
      stages: [
        { id: "H4", title: "課前討論", offset: { days: -7 } },
        { id: "lesson", title: "Lesson", offset: {}, kind: "activity" },
      ],
    });
    const text = formatTimeline(scheduleBackward(template, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) }), {
      dayPattern: "yyyy年M月d日 EEEE",
      dateLocale: zhTW,
    });
    const lines = text.split("\n");
    expect(lines[0]).toBe("觀課: activity day 2027年3月18日 星期四");
    // "課前討論" is four wide characters, eight columns, as wide as "Lesson" plus two.
    const columnOf = (line: string) => displayWidth(line.slice(0, line.indexOf("2027")));
    expect(columnOf(lines[4] as string)).toBe(columnOf(lines[5] as string));
    expect(lines[4]).toContain("2027年3月11日 星期四");
  });
});

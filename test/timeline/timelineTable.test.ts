import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { jointSchoolSharing, peerCoachingProgramme, scheduleBackward, scheduleForward } from "../../src/timeline/index.js";
import { dayText, statusText, timelineColumns, timelineHeading } from "../../src/timeline/timelineTable.js";

const calendar = defineSchoolCalendar({});

describe("timelineTable (internal)", () => {
  it("names backward and forward plans differently, with the asOf day", () => {
    expect(timelineHeading(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, asOf: "2027-01-04" }), {})).toBe(
      "Joint-school sharing activity: activity day Thu 18 Mar 2027 (as of Mon 4 Jan 2027)",
    );
    expect(timelineHeading(scheduleForward(peerCoachingProgramme, { startDay: "2026-09-07", calendar }), { dayPattern: "yyyy-MM-dd" })).toBe(
      "Peer coaching programme: starting 2026-09-07",
    );
  });

  it("adds a status column only when stages were judged", () => {
    const plain = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar });
    expect(timelineColumns(plain, {}).map((column) => column.header)).toEqual(["Stage", "Title", "Opens", "Due"]);
    const judged = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, asOf: "2027-03-18" });
    const columns = timelineColumns(judged, {});
    expect(columns.map((column) => column.header)).toEqual(["Stage", "Title", "Opens", "Due", "Status"]);
    expect(judged.stages.map((stage) => columns[4]?.cell(stage))).toEqual(["late", "late", "late", "late", "late", "late", "late", "open", "upcoming"]);
  });

  it("formats days and statuses", () => {
    expect(dayText(plainDate("2027-03-18"), {})).toBe("Thu 18 Mar 2027");
    expect(["upcoming", "open", "late"].map((status) => statusText(status as never))).toEqual(["upcoming", "open", "late"]);
  });
});

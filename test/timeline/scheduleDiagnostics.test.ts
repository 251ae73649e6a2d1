import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { jointSchoolSharing } from "../../src/timeline/index.js";
import { compiledTemplate, type CompiledGroup } from "../../src/timeline/compiledTemplate.js";
import { anchorDayClosed, windowWithoutSchoolDay } from "../../src/timeline/scheduleDiagnostics.js";

const calendar = defineSchoolCalendar({
  name: "One week",
  terms: [{ name: "Week", start: "2027-03-15", end: "2027-03-19" }],
  closures: [{ name: "Staff day", start: "2027-03-17" }],
});
const s8 = compiledTemplate(jointSchoolSharing).groups[4] as CompiledGroup;

describe("scheduleDiagnostics (internal)", () => {
  it("finds nothing on a school day", () => {
    expect(anchorDayClosed(calendar, plainDate("2027-03-16"), "activity", s8.source)).toBeUndefined();
  });

  it("names the closure and the nearest school days, or none", () => {
    expect(anchorDayClosed(calendar, plainDate("2027-03-17"), "activity", s8.source)?.hint).toBe(
      "Choose a school day: the nearest are 2027-03-16 and 2027-03-18.",
    );
    const after = anchorDayClosed(calendar, plainDate("2027-03-20"), "start", undefined);
    expect(after).toEqual({
      ruleId: "timeline/start-day-closed",
      code: "timeline/start-day-closed",
      params: { after: "none", closure: "a weekend day (Saturday), outside every term", day: "2027-03-20" },
      severity: "error",
      message: "The start day 2027-03-20 is closed: a weekend day (Saturday), outside every term.",
      path: ["startDay"],
      hint: "Start on a school day: the next one is none.",
    });
  });

  it("describes a window without a school day", () => {
    expect(windowWithoutSchoolDay(s8, plainDate("2027-08-10"), plainDate("2027-08-27"), plainDate("2027-07-16"))).toEqual({
      ruleId: "timeline/window-without-school-day",
      code: "timeline/window-without-school-day",
      params: { day: "2027-07-16", from: "2027-08-10", stages: "S8", until: "2027-08-27" },
      severity: "warning",
      message: "There is no school day for S8 between 2027-08-10 and 2027-08-27: opening and due on 2027-07-16.",
      path: ["stages", 7],
      source: { document: "joint-school-sharing", clause: "S8" },
    });
  });
});

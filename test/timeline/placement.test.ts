import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { jointSchoolSharing } from "../../src/timeline/index.js";
import { compiledTemplate } from "../../src/timeline/compiledTemplate.js";
import { calendarName, createPlacement, firstAfter, lastBefore, onOrBefore, schoolDaysAfter } from "../../src/timeline/placement.js";

const term = defineSchoolCalendar({ name: "Summer school", terms: [{ name: "Summer", start: "2027-07-05", end: "2027-07-16" }] });
const group = compiledTemplate(jointSchoolSharing).groups[0] as never;

describe("placement (internal)", () => {
  it("takes calendar steps inside the calendar", () => {
    const placement = createPlacement(term, []);
    // Sat 10 Jul → Fri 9 Jul; before Mon 12 Jul → Fri 9 Jul; after Fri 9 Jul → Mon 12 Jul; 3 after Mon 5 Jul → Thu 8 Jul.
    expect(onOrBefore(placement, plainDate("2027-07-10"), group)).toBe("2027-07-09");
    expect(lastBefore(placement, plainDate("2027-07-12"), group)).toBe("2027-07-09");
    expect(firstAfter(placement, plainDate("2027-07-09"), group)).toBe("2027-07-12");
    expect(schoolDaysAfter(placement, plainDate("2027-07-05"), 3, group)).toBe("2027-07-08");
    expect(placement.diagnostics).toEqual([]);
  });

  it("falls back to plain days outside the calendar, with one error per group", () => {
    const diagnostics: Diagnostic[] = [];
    const placement = createPlacement(term, diagnostics);
    expect(onOrBefore(placement, plainDate("2027-06-30"), group)).toBe("2027-06-30");
    expect(lastBefore(placement, plainDate("2027-07-05"), group)).toBe("2027-07-04");
    expect(firstAfter(placement, plainDate("2027-07-16"), group)).toBe("2027-07-17");
    expect(schoolDaysAfter(placement, plainDate("2027-07-15"), 3, group)).toBe("2027-07-18");
    expect(diagnostics).toEqual([
      {
        ruleId: "timeline/outside-calendar",
        code: "timeline/outside-calendar",
        params: { calendar: "the calendar \"Summer school\"", day: "2027-06-30", first: "2027-07-05", last: "2027-07-16", stages: "S1, S2 and S3" },
        severity: "error",
        message: 'S1, S2 and S3 would fall on 2027-06-30, outside the school days of the calendar "Summer school" (2027-07-05 to 2027-07-16).',
        path: ["stages", 0],
        source: { document: "joint-school-sharing", clause: "S1" },
        hint: "Extend the calendar (for example with the previous or next session), or choose another day.",
      },
    ]);
  });

  it("says when a calendar has no school day at all", () => {
    const closed = defineSchoolCalendar({ terms: [{ name: "T", start: "2027-07-10", end: "2027-07-11" }] });
    const placement = createPlacement(closed, []);
    onOrBefore(placement, plainDate("2027-07-11"), group);
    expect(placement.diagnostics[0]?.message).toBe("S1, S2 and S3 would fall on 2027-07-11, but the school calendar has no school day at all.");
    expect(calendarName(term)).toBe('the calendar "Summer school"');
  });
});

/**
 * Forward scheduling. The expected days were worked out by hand on printed
 * month calendars (python3's `calendar` module) of the Hong Kong 2026/27
 * school year in `test/support/calendars.ts` (Christmas holidays 21 Dec –
 * 1 Jan, Lunar New Year holidays 4–12 Feb, Easter holidays 25 Mar – 6 Apr,
 * Buddha's Birthday Thu 13 May).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, isSchoolDay, type SchoolCalendar } from "../../src/calendar/index.js";
import {
  jointSchoolSharing,
  learningCommunityYear,
  peerCoachingProgramme,
  scheduleForward,
  sharingLearningSession,
  type Timeline,
} from "../../src/timeline/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { hongKong2026 } from "../support/calendars.js";
import { referenceIsSchoolDay } from "../support/referenceCalendar.js";
import { referenceScheduleForward, toDay } from "./referenceScheduler.js";

function windows(timeline: Timeline): string[] {
  return timeline.stages.map((stage) => `${stage.id} ${stage.opensOn}…${stage.dueOn}${stage.status === undefined ? "" : ` ${stage.status}`}`);
}

describe("scheduleForward: a peer coaching programme started in September", () => {
  it("takes the longest phases by default", () => {
    // P1 Mon 7 Sep. P2 from Tue 8 Sep for 2 months: Sun 8 Nov, so due Fri 6 Nov.
    // P3 Mon 9 Nov. P4 from Tue 10 Nov for 3 months: Wed 10 Feb (Lunar New Year), the last
    // school day before it is Wed 3 Feb. P5 on the first school day after: Mon 15 Feb.
    // P6 from Tue 16 Feb for 3 months: Sun 16 May; the last school day before is Fri 14 May.
    // P7 Mon 17 May.
    const timeline = scheduleForward(peerCoachingProgramme, { startDay: "2026-09-07", calendar: hongKong2026 });
    expect(windows(timeline)).toEqual([
      "P1 2026-09-07…2026-09-07",
      "P2 2026-09-08…2026-11-06",
      "P3 2026-11-09…2026-11-09",
      "P4 2026-11-10…2027-02-03",
      "P5 2027-02-15…2027-02-15",
      "P6 2027-02-16…2027-05-14",
      "P7 2027-05-17…2027-05-17",
    ]);
    expect(timeline).toMatchObject({ schedule: "forward", anchorDay: "2026-09-07", templateId: "peer-coaching-programme" });
    expect(timeline.diagnostics).toEqual([]);
    expect(timeline.stages.filter((stage) => stage.kind === "activity").map((stage) => stage.id)).toEqual(["P1", "P3", "P5", "P7"]);
  });

  it("takes the shortest phases when asked, and judges statuses", () => {
    // P2 from Tue 8 Sep for 1 month: Thu 8 Oct, due Wed 7 Oct. P3 Thu 8 Oct. P4 from Fri 9 Oct
    // to Sat 9 Jan: due Fri 8 Jan. P5 Mon 11 Jan. P6 from Tue 12 Jan to Mon 12 Apr: due Fri 9 Apr
    // (after the Easter holidays, 7–9 Apr are school days). P7 Mon 12 Apr.
    const timeline = scheduleForward(peerCoachingProgramme, {
      startDay: "2026-09-07",
      calendar: hongKong2026,
      phaseLength: "shortest",
      asOf: "2026-10-08",
    });
    expect(windows(timeline)).toEqual([
      "P1 2026-09-07…2026-09-07 late",
      "P2 2026-09-08…2026-10-07 late",
      "P3 2026-10-08…2026-10-08 open",
      "P4 2026-10-09…2027-01-08 upcoming",
      "P5 2027-01-11…2027-01-11 upcoming",
      "P6 2027-01-12…2027-04-09 upcoming",
      "P7 2027-04-12…2027-04-12 upcoming",
    ]);
  });

  it("reports a start day on which the school is closed", () => {
    const timeline = scheduleForward(peerCoachingProgramme, { startDay: "2026-10-01", calendar: hongKong2026 });
    expect(timeline.diagnostics).toEqual([
      {
        ruleId: "timeline/start-day-closed",
        code: "timeline/start-day-closed",
        params: { after: "2026-10-02", closure: "National Day", day: "2026-10-01" },
        severity: "error",
        message: "The start day 2026-10-01 is closed: National Day.",
        path: ["startDay"],
        source: { document: "peer-coaching-programme", clause: "P1" },
        hint: "Start on a school day: the next one is 2026-10-02.",
      },
    ]);
  });

  it("says when the programme runs past the calendar's last school day", () => {
    // From Mon 1 Mar 2027 the longest programme needs 8 months; the calendar ends on 16 Jul 2027.
    const timeline = scheduleForward(peerCoachingProgramme, { startDay: "2027-03-01", calendar: hongKong2026 });
    expect(timeline.diagnostics.map((d) => d.ruleId)).toContain("timeline/outside-calendar");
    expect(timeline.diagnostics[0]?.message).toMatch(/outside the school days of the calendar "Harbour Secondary School 2026\/27"/);
  });

  it("refuses a backward template", () => {
    expect(() => scheduleForward(jointSchoolSharing as never, { startDay: "2026-09-07", calendar: hongKong2026 })).toThrow(
      'scheduleForward needs a template with schedule "forward"',
    );
  });
});

describe("scheduleForward: the other built-in templates", () => {
  it("lays out a learning community year from the start of the session", () => {
    // L2: ten school days from Tue 1 Sep: 1–4, 7–11, 14 Sep → due Mon 14 Sep.
    // L3 from Tue 15 Sep for 8 months: Sat 15 May, due Fri 14 May.
    // L5 from Mon 17 May for 1 month: Thu 17 Jun, due Wed 16 Jun (Tuen Ng, Wed 9 Jun, is inside).
    const timeline = scheduleForward(learningCommunityYear, { startDay: "2026-09-01", calendar: hongKong2026 });
    expect(windows(timeline)).toEqual(["L2 2026-09-01…2026-09-14", "L3 2026-09-15…2027-05-14", "L5 2027-05-17…2027-06-16"]);
    expect(timeline.document).toBe("learning-communities");
  });

  it("lays out two sharing cycles with the roles exchanged", () => {
    // H4-1: five school days from Mon 5 Oct (5–9 Oct). Lesson Mon 12 Oct, dialogue Tue 13 Oct.
    // Steps from Wed 14 Oct for 3 months: Thu 14 Jan, due Wed 13 Jan. H4-2 from Thu 14 Jan:
    // 14, 15, 18, 19, 20 Jan. Lesson Thu 21 Jan, dialogue Fri 22 Jan.
    const timeline = scheduleForward(sharingLearningSession, { startDay: "2026-10-05", calendar: hongKong2026 });
    expect(windows(timeline)).toEqual([
      "H4-1 2026-10-05…2026-10-09",
      "lesson-1 2026-10-12…2026-10-12",
      "H5-1 2026-10-13…2026-10-13",
      "steps-1 2026-10-14…2027-01-13",
      "H4-2 2027-01-14…2027-01-20",
      "lesson-2 2027-01-21…2027-01-21",
      "H5-2 2027-01-22…2027-01-22",
    ]);
  });
});

const isOpenOn = (calendar: SchoolCalendar) => (n: number) => referenceIsSchoolDay(calendar, toDay(n));

describe("scheduleForward properties", () => {
  const plans = fc.record({
    calendar: calendarArbitrary,
    startDay: dayArbitrary,
    template: fc.constantFrom(peerCoachingProgramme, learningCommunityYear, sharingLearningSession),
    phaseLength: fc.constantFrom("shortest" as const, "longest" as const),
    asOf: fc.option(dayArbitrary, { nil: undefined }),
  });

  it("equals the day-by-day reference scheduler on random calendars", () => {
    fc.assert(
      fc.property(plans, ({ calendar, startDay, template, phaseLength, asOf }) => {
        const options = { phaseLength, ...(asOf === undefined ? {} : { asOf }) };
        const timeline = scheduleForward(template, { startDay, calendar, ...options });
        const reference = referenceScheduleForward(template, startDay, isOpenOn(calendar), options);
        expect(timeline.stages.map(({ id, opensOn, dueOn, status }) => ({ id, opensOn, dueOn, ...(status === undefined ? {} : { status }) }))).toEqual(
          reference.stages,
        );
        expect(timeline.diagnostics.map((d) => `${d.ruleId}@${d.path.join(".")}`).sort()).toEqual(reference.findings);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps parts in order, each starting after the previous one ends, on school days", () => {
    fc.assert(
      fc.property(plans, ({ calendar, startDay, template, phaseLength }) => {
        const timeline = scheduleForward(template, { startDay, calendar, phaseLength });
        timeline.stages.forEach((stage, i) => {
          expect(stage.dueOn >= stage.opensOn).toBe(true);
          const previous = timeline.stages[i - 1];
          if (previous !== undefined && previous.group !== stage.group) expect(stage.opensOn > previous.dueOn).toBe(true);
        });
        if (!timeline.diagnostics.some((d) => d.severity === "error")) {
          for (const stage of timeline.stages) expect(isSchoolDay(calendar, stage.opensOn) && isSchoolDay(calendar, stage.dueOn)).toBe(true);
        }
      }),
    );
  });

  it("gives the same timelines whatever the process time zone", () => {
    const original = process.env.TZ;
    const calendar = defineSchoolCalendar({ closures: [{ name: "Carnival", start: "2027-02-08", end: "2027-02-10" }] });
    const run = () => scheduleForward(peerCoachingProgramme, { startDay: "2026-10-31", calendar, phaseLength: "shortest" });
    const expected = run();
    try {
      for (const zone of ["America/Sao_Paulo", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = zone;
        expect(run()).toEqual(expected);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it("holds stages that would fall after 9999-12-31 there, with an error instead of a RangeError", () => {
    const calendar = defineSchoolCalendar({});
    const timeline = scheduleForward(peerCoachingProgramme, { startDay: "9999-11-15", calendar });
    expect(timeline.stages.map((stage) => `${stage.id} ${stage.opensOn}…${stage.dueOn}`)).toEqual([
      "P1 9999-11-15…9999-11-15",
      "P2 9999-11-16…9999-12-30",
      "P3 9999-12-31…9999-12-31",
      "P4 9999-12-31…9999-12-31",
      "P5 9999-12-31…9999-12-31",
      "P6 9999-12-31…9999-12-31",
      "P7 9999-12-31…9999-12-31",
    ]);
    const beyond = timeline.diagnostics.filter((d) => d.ruleId === "timeline/beyond-supported-days");
    expect(beyond.map((d) => d.path.join("."))).toEqual(["stages.1", "stages.3", "stages.4", "stages.5", "stages.6"]);
    expect(beyond[0]?.message).toBe("P2 would fall after 9999-12-31, the last day a plan can use: kept on 9999-12-31.");
    for (const template of [peerCoachingProgramme, learningCommunityYear, sharingLearningSession]) {
      for (const startDay of ["9999-12-31", "9999-12-30", "0001-01-01"]) {
        const plan = scheduleForward(template, { startDay, calendar });
        expect(plan.stages.every((stage) => stage.opensOn <= stage.dueOn && stage.dueOn <= "9999-12-31")).toBe(true);
      }
    }
  });
});

/**
 * Backward scheduling. The expected days of the real cases were worked out by
 * hand on printed month calendars (python3's `calendar` module) of the Hong
 * Kong 2026/27 school year in `test/support/calendars.ts`: session
 * 1 Sep 2026 – 16 Jul 2027; Christmas holidays 21 Dec – 1 Jan; Lunar New Year
 * holidays 4–12 Feb; Easter holidays 25 Mar – 6 Apr; Buddha's Birthday
 * Thu 13 May.
 */
import fc from "fast-check";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { addDays, defineSchoolCalendar, isSchoolDay, plainDate, type PlainDate, type SchoolCalendar } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import {
  definePlanTemplate,
  jointSchoolSharing,
  parseTimeline,
  peerCoachingProgramme,
  scheduleBackward,
  type Timeline,
} from "../../src/timeline/index.js";
import { calendarArbitrary, dayArbitrary } from "../support/arbitraries.js";
import { hongKong2026 } from "../support/calendars.js";
import { referenceIsSchoolDay } from "../support/referenceCalendar.js";
import { referenceScheduleBackward, toDay } from "./referenceScheduler.js";

/** "S1 opens…due status" per stage group, for compact comparisons. */
function windows(timeline: Timeline): Record<string, string> {
  return Object.fromEntries(
    timeline.stages.map((stage) => [stage.id, `${stage.opensOn}…${stage.dueOn}${stage.status === undefined ? "" : ` ${stage.status}`}`]),
  );
}

describe("scheduleBackward on a Hong Kong school year", () => {
  it("schedules an activity whose window crosses Christmas and Lunar New Year (Fri 26 Feb 2027)", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar: hongKong2026 });
    // T − 3 months = Thu 26 Nov, a school day: S1–S3 open then.
    // T − 2 months = Sat 26 Dec, in the Christmas holidays: back to Fri 18 Dec; S1–S3 due Thu 17 Dec.
    // T − 1 month = Tue 26 Jan, a school day: S6 opens; S4–S5 (18 Dec … 25 Jan) cross Christmas.
    // T − 2 weeks = Fri 12 Feb, in the Lunar New Year holidays: back to Wed 3 Feb; S6 due Tue 2 Feb.
    // S7 from Wed 3 Feb to Thu 25 Feb, across the Lunar New Year holidays.
    // S9 opens Mon 1 Mar; T + 1 month = Fri 26 Mar, in the Easter holidays: back to Wed 24 Mar.
    expect(windows(timeline)).toEqual({
      S1: "2026-11-26…2026-12-17",
      S2: "2026-11-26…2026-12-17",
      S3: "2026-11-26…2026-12-17",
      S4: "2026-12-18…2027-01-25",
      S5: "2026-12-18…2027-01-25",
      S6: "2027-01-26…2027-02-02",
      S7: "2027-02-03…2027-02-25",
      S8: "2027-02-26…2027-02-26",
      S9: "2027-03-01…2027-03-24",
    });
    expect(timeline.diagnostics).toEqual([]);
    expect(timeline).toMatchObject({
      planId: "joint-school-sharing-2027-02-26",
      templateId: "joint-school-sharing",
      schedule: "backward",
      anchorDay: "2027-02-26",
      document: "joint-school-sharing",
    });
    expect(timeline.stages.map((stage) => stage.group)).toEqual([
      "organisation",
      "organisation",
      "organisation",
      "content",
      "content",
      "materials",
      "arrangements",
      "activity-day",
      "evaluation",
    ]);
  });

  it("reports an activity day on a public holiday, naming it and the nearest school days (Thu 13 May 2027)", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-05-13", calendar: hongKong2026 });
    expect(timeline.diagnostics).toEqual([
      {
        ruleId: "timeline/activity-day-closed",
        code: "timeline/activity-day-closed",
        params: { after: "2027-05-14", before: "2027-05-12", closure: "Buddha's Birthday", day: "2027-05-13" },
        severity: "error",
        message: "The activity day 2027-05-13 is closed: Buddha's Birthday.",
        path: ["activityDay"],
        source: { document: "joint-school-sharing", clause: "S8" },
        hint: "Choose a school day: the nearest are 2027-05-12 and 2027-05-14.",
      },
    ]);
    // The other stages follow the rules all the same: T − 3 months = Sat 13 Feb, back over the
    // Lunar New Year holidays to Wed 3 Feb; T − 2 months = Sat 13 Mar → Fri 12 Mar;
    // T − 1 month = Tue 13 Apr; T − 2 weeks = Thu 29 Apr; T + 1 month = Sun 13 Jun → Fri 11 Jun.
    expect(windows(timeline)).toMatchObject({
      S1: "2027-02-03…2027-03-11",
      S4: "2027-03-12…2027-04-12",
      S6: "2027-04-13…2027-04-28",
      S7: "2027-04-29…2027-05-12",
      S8: "2027-05-13…2027-05-13",
      S9: "2027-05-14…2027-06-11",
    });
  });

  it("names a weekend day and every closure of a closed activity day", () => {
    const saturday = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-20", calendar: hongKong2026 });
    expect(saturday.diagnostics[0]?.message).toBe("The activity day 2027-03-20 is closed: a weekend day (Saturday).");
    const christmas = scheduleBackward(jointSchoolSharing, { activityDay: "2026-12-25", calendar: hongKong2026 });
    expect(christmas.diagnostics[0]?.message).toBe("The activity day 2026-12-25 is closed: Christmas holidays, Christmas Day.");
    // Fri 18 Dec is the last school day before the holidays, Mon 4 Jan the first after.
    expect(christmas.diagnostics[0]?.hint).toBe("Choose a school day: the nearest are 2026-12-18 and 2027-01-04.");
  });

  describe("announced five weeks ahead (Thu 11 Feb for Thu 18 Mar 2027)", () => {
    // Default plan: T − 3 months = Fri 18 Dec, T − 2 months = Mon 18 Jan, T − 1 month = Thu 18 Feb,
    // T − 2 weeks = Thu 4 Mar, all school days.
    const options = { activityDay: "2027-03-18", calendar: hongKong2026, asOf: "2027-02-11" } as const;

    it("returns the default plan with late stages marked", () => {
      const timeline = scheduleBackward(jointSchoolSharing, options);
      expect(windows(timeline)).toEqual({
        S1: "2026-12-18…2027-01-15 late",
        S2: "2026-12-18…2027-01-15 late",
        S3: "2026-12-18…2027-01-15 late",
        S4: "2027-01-18…2027-02-17 open",
        S5: "2027-01-18…2027-02-17 open",
        S6: "2027-02-18…2027-03-03 upcoming",
        S7: "2027-03-04…2027-03-17 upcoming",
        S8: "2027-03-18…2027-03-18 upcoming",
        S9: "2027-03-19…2027-04-16 upcoming",
      });
      expect(timeline.asOf).toBe("2027-02-11");
      expect(timeline.diagnostics).toEqual([]);
    });

    it("compresses the preparation into the 23 school days left, in proportion", () => {
      // Original lengths in school days: S1–S3 18 Dec, 4–8 Jan, 11–15 Jan = 11;
      // S4–S5 18–22, 25–29 Jan, 1–3 Feb, 15–17 Feb = 16; S6 18–19 Feb, 22–26 Feb, 1–3 Mar = 10;
      // S7 4–5, 8–12, 15–17 Mar = 10. Total 47.
      // Left from Thu 11 Feb (holiday) to Wed 17 Mar: 15–19, 22–26 Feb, 1–5, 8–12, 15–17 Mar = 23.
      // One day each, then 19 in proportion 11:16:10:10 → 4.45, 6.47, 4.04, 4.04: floors 4, 6, 4, 4
      // and the one left to the largest remainder (S4–S5): shares 5, 8, 5, 5.
      const timeline = scheduleBackward(jointSchoolSharing, { ...options, compress: true });
      expect(windows(timeline)).toEqual({
        S1: "2027-02-15…2027-02-19 upcoming",
        S2: "2027-02-15…2027-02-19 upcoming",
        S3: "2027-02-15…2027-02-19 upcoming",
        S4: "2027-02-22…2027-03-03 upcoming",
        S5: "2027-02-22…2027-03-03 upcoming",
        S6: "2027-03-04…2027-03-10 upcoming",
        S7: "2027-03-11…2027-03-17 upcoming",
        S8: "2027-03-18…2027-03-18 upcoming",
        S9: "2027-03-19…2027-04-16 upcoming",
      });
      expect(timeline.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([
        ["timeline/compressed", "warning", ["stages", 0]],
        ["timeline/compressed", "warning", ["stages", 3]],
        ["timeline/compressed", "warning", ["stages", 5]],
        ["timeline/compressed", "warning", ["stages", 6]],
      ]);
      expect(timeline.diagnostics[1]).toMatchObject({
        message:
          "Compressed: S4 and S5 now from 2027-02-22 to 2027-03-03 (8 school days), instead of 2027-01-18 to 2027-02-17 (16 school days).",
        source: { document: "joint-school-sharing", clause: "S4" },
        hint: "The plan was made on 2027-02-11, 23 school days before the activity day instead of 47.",
      });
    });

    it("gives each group one day when exactly as many school days are left", () => {
      // From Fri 12 Mar: 12, 15, 16, 17 Mar are the four school days before Thu 18 Mar.
      const timeline = scheduleBackward(jointSchoolSharing, { ...options, asOf: "2027-03-12", compress: true });
      expect(windows(timeline)).toMatchObject({
        S1: "2027-03-12…2027-03-12 open",
        S4: "2027-03-15…2027-03-15 upcoming",
        S6: "2027-03-16…2027-03-16 upcoming",
        S7: "2027-03-17…2027-03-17 upcoming",
      });
    });

    it("refuses to compress into fewer school days than groups", () => {
      // From Mon 15 Mar only 15, 16, 17 Mar are left: three days for four groups.
      const timeline = scheduleBackward(jointSchoolSharing, { ...options, asOf: "2027-03-15", compress: true });
      expect(timeline.diagnostics).toEqual([
        {
          ruleId: "timeline/insufficient-lead-time",
          code: "timeline/insufficient-lead-time",
          params: { asOf: "2027-03-15", available: 3, day: "2027-03-18", groups: 4 },
          severity: "error",
          message:
            "Only 3 school days are left from 2027-03-15 to the activity day 2027-03-18, fewer than the 4 stage groups that need one each.",
          path: ["asOf"],
          hint: "Choose a later activity day, or merge stages in a template of your own.",
        },
      ]);
      expect(windows(timeline)).toMatchObject({ S1: "2026-12-18…2027-01-15 late", S7: "2027-03-04…2027-03-17 open" });
    });

    it("leaves a plan made in time alone, even with compress", () => {
      const timeline = scheduleBackward(jointSchoolSharing, { ...options, asOf: "2026-12-01", compress: true });
      expect(timeline.diagnostics).toEqual([]);
      expect(windows(timeline).S1).toBe("2026-12-18…2027-01-15 upcoming");
    });
  });

  it("keeps a window without school days on one day, with a warning (a summer holiday)", () => {
    // Two sessions, weekdays only: 5 Jan – 17 Jul 2026 and 1 Sep 2026 on. Activity Thu 10 Sep 2026:
    // T − 1 month = Mon 10 Aug and T − 2 weeks = Thu 27 Aug both fall in the summer holiday and
    // roll back to Fri 17 Jul, so S6 has no school day of its own.
    const calendar = defineSchoolCalendar({
      terms: [
        { name: "2025/26, second term", start: "2026-01-05", end: "2026-07-17" },
        { name: "2026/27, first term", start: "2026-09-01", end: "2027-01-29" },
      ],
    });
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2026-09-10", calendar });
    expect(windows(timeline)).toMatchObject({
      S1: "2026-06-10…2026-07-09",
      S4: "2026-07-10…2026-07-16",
      S6: "2026-07-17…2026-07-17",
      S7: "2026-07-17…2026-09-09",
    });
    expect(timeline.diagnostics).toEqual([
      {
        ruleId: "timeline/window-without-school-day",
        code: "timeline/window-without-school-day",
        params: { day: "2026-07-17", from: "2026-08-10", stages: "S6", until: "2026-08-27" },
        severity: "warning",
        message: "There is no school day for S6 between 2026-08-10 and 2026-08-27: opening and due on 2026-07-17.",
        path: ["stages", 5],
        source: { document: "joint-school-sharing", clause: "S6" },
      },
    ]);
  });

  it("says when the calendar does not reach back far enough, instead of throwing", () => {
    // The Hong Kong calendar starts on 1 Sep 2026; an activity on Thu 10 Sep needs June to August.
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2026-09-10", calendar: hongKong2026 });
    expect(timeline.diagnostics.map((d) => `${d.ruleId}@${d.path.join(".")}`)).toEqual([
      "timeline/outside-calendar@stages.0",
      "timeline/outside-calendar@stages.3",
      "timeline/outside-calendar@stages.5",
      "timeline/outside-calendar@stages.6",
    ]);
    expect(timeline.diagnostics[0]?.message).toBe(
      'S1, S2 and S3 would fall on 2026-06-10, outside the school days of the calendar "Harbour Secondary School 2026/27" (2026-09-01 to 2027-07-16).',
    );
    expect(windows(timeline).S8).toBe("2026-09-10…2026-09-10");
  });
});

describe("scheduleBackward with a template of one's own", () => {
  const openDay = definePlanTemplate({
    id: "open-day",
    title: "Open day",
    schedule: "backward",
    stages: [
      { id: "invite", title: "Invite families", offset: { weeks: -4 } },
      { id: "rehearse", title: "Rehearse the tours", offset: { days: -3 }, dependsOn: ["invite"], kind: "busy" },
      { id: "thanks", title: "Thank the volunteers", offset: { days: 7 }, dependsOn: ["rehearse"] },
    ],
  });

  it("works without a group at the activity day, and carries plan details", () => {
    // Weekdays only. Activity Thu 18 Mar 2027: invite from Thu 18 Feb to the day before
    // rehearsals open (T − 3 days = Mon 15 Mar) = Fri 12 Mar; rehearse until Wed 17 Mar;
    // thanks from Fri 19 Mar to T + 7 = Thu 25 Mar.
    const timeline = scheduleBackward(openDay, {
      activityDay: "2027-03-18",
      calendar: defineSchoolCalendar({}),
      planId: "open-day-2027",
      school: "harbour",
      people: ["ms-chan", "mr-lee"],
    });
    expect(windows(timeline)).toEqual({
      invite: "2027-02-18…2027-03-12",
      rehearse: "2027-03-15…2027-03-17",
      thanks: "2027-03-19…2027-03-25",
    });
    expect(timeline).toMatchObject({ planId: "open-day-2027", school: "harbour", people: ["ms-chan", "mr-lee"] });
    expect(timeline).not.toHaveProperty("document");
    expect(timeline.stages[1]).toMatchObject({ kind: "busy", group: "rehearse", tasks: { external: [], internal: [] } });
  });

  it("checks its options and refuses a forward template", () => {
    expect(() => scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-29", calendar: hongKong2026 })).toThrow(InvalidInputError);
    expect(() => scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: "hk" as never })).toThrow(
      /calendar: Expected a school calendar/,
    );
    expect(() => scheduleBackward(peerCoachingProgramme as never, { activityDay: "2027-03-18", calendar: hongKong2026 })).toThrow(
      'scheduleBackward needs a template with schedule "backward"',
    );
  });

  it("validates a template that was not defined, such as one read from JSON", () => {
    const copy = JSON.parse(JSON.stringify(jointSchoolSharing)) as typeof jointSchoolSharing;
    const timeline = scheduleBackward(copy, { activityDay: "2027-02-26", calendar: hongKong2026 });
    expect(timeline.stages[0]?.opensOn).toBe("2026-11-26");
    const broken = { ...copy, stages: [...copy.stages, { ...copy.stages[0], id: "S1" }] } as typeof jointSchoolSharing;
    expect(() => scheduleBackward(broken, { activityDay: "2027-02-26", calendar: hongKong2026 })).toThrow(/S1 is used twice/);
  });
});

const isOpenOn = (calendar: SchoolCalendar) => (n: number) => referenceIsSchoolDay(calendar, toDay(n));

describe("scheduleBackward properties", () => {
  const plans = fc.record({
    calendar: calendarArbitrary,
    activityDay: dayArbitrary,
    asOf: fc.option(dayArbitrary, { nil: undefined }),
    compress: fc.boolean(),
  });
  type Plan = { calendar: SchoolCalendar; activityDay: PlainDate; asOf: PlainDate | undefined; compress: boolean };
  const schedule = ({ calendar, activityDay, asOf, compress }: Plan) =>
    scheduleBackward(jointSchoolSharing, { activityDay, calendar, compress, ...(asOf === undefined ? {} : { asOf }) });

  it("equals the day-by-day reference scheduler on random calendars", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const timeline = schedule(plan);
        const reference = referenceScheduleBackward(jointSchoolSharing, plan.activityDay, isOpenOn(plan.calendar), {
          compress: plan.compress,
          ...(plan.asOf === undefined ? {} : { asOf: plan.asOf }),
        });
        expect(timeline.stages.map(({ id, opensOn, dueOn, status }) => ({ id, opensOn, dueOn, ...(status === undefined ? {} : { status }) }))).toEqual(
          reference.stages,
        );
        expect(timeline.diagnostics.map((d) => `${d.ruleId}@${d.path.join(".")}`).sort()).toEqual(reference.findings);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps stages in order, never due before they open, on school days when the plan has no error", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const timeline = schedule(plan);
        timeline.stages.forEach((stage, i) => {
          expect(stage.dueOn >= stage.opensOn).toBe(true);
          const previous = timeline.stages[i - 1];
          if (previous !== undefined) {
            expect(stage.opensOn >= previous.opensOn).toBe(true);
            expect(stage.dueOn >= previous.dueOn).toBe(true);
          }
        });
        const errors = timeline.diagnostics.filter((d) => d.severity === "error");
        if (errors.length === 0) {
          for (const stage of timeline.stages) {
            expect(isSchoolDay(plan.calendar, stage.opensOn)).toBe(true);
            expect(isSchoolDay(plan.calendar, stage.dueOn)).toBe(true);
          }
        }
      }),
    );
  });

  it("never moves a compressed date past the activity day", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const timeline = schedule({ ...plan, compress: true });
        fc.pre(timeline.diagnostics.some((d) => d.ruleId === "timeline/compressed"));
        const before = timeline.stages.filter((stage) => ["S1", "S2", "S3", "S4", "S5", "S6", "S7"].includes(stage.id));
        for (const stage of before) {
          expect(stage.dueOn < plan.activityDay).toBe(true);
          expect(stage.opensOn >= (plan.asOf as string)).toBe(true);
        }
      }),
    );
  });

  it("compresses exactly into the school days left: the last preparation day is the last school day before T", () => {
    const calendar = hongKong2026;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), (start, lead) => {
        const activityDay = addDays(plainDate("2027-04-19"), start);
        const asOf = addDays(activityDay, -lead);
        fc.pre(isSchoolDay(calendar, activityDay));
        const timeline = scheduleBackward(jointSchoolSharing, { activityDay, calendar, asOf, compress: true });
        if (timeline.diagnostics.some((d) => d.ruleId === "timeline/compressed")) {
          const s7 = timeline.stages.find((stage) => stage.id === "S7");
          const s1 = timeline.stages.find((stage) => stage.id === "S1");
          expect(s7?.dueOn).toBe(referenceScheduleBackward(jointSchoolSharing, activityDay, isOpenOn(calendar)).stages[6]?.dueOn);
          expect(isSchoolDay(calendar, s1?.opensOn as never)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("survives a JSON round trip and does not touch its inputs", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const calendarBefore = JSON.stringify(plan.calendar);
        const timeline = schedule(plan);
        const copy = JSON.parse(JSON.stringify(timeline)) as unknown;
        expect(copy).toEqual(timeline);
        const parsed = parseTimeline(copy);
        expect(parsed.ok).toBe(true);
        expect(JSON.stringify(plan.calendar)).toBe(calendarBefore);
      }),
      { numRuns: 30 },
    );
  });

  it("gives the same timelines whatever the process time zone", () => {
    const original = process.env.TZ;
    const days = ["2026-11-02", "2027-02-26", "2027-03-28", "2027-05-13", "2027-10-31"].map(plainDate);
    const run = () => days.map((day) => scheduleBackward(jointSchoolSharing, { activityDay: day, calendar: hongKong2026, asOf: "2027-01-15", compress: true }));
    const expected = run();
    try {
      for (const zone of ["Pacific/Kiritimati", "America/Sao_Paulo", "Pacific/Pago_Pago", "Europe/London"]) {
        process.env.TZ = zone;
        expect(run()).toEqual(expected);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it("reads a plain template object on each call, so a change its owner makes is seen", () => {
    const template = JSON.parse(JSON.stringify(jointSchoolSharing)) as { stages: { id: string; offset?: { months?: number; weeks?: number } }[] };
    const plain = template as unknown as typeof jointSchoolSharing;
    const calendar = defineSchoolCalendar({});
    const s7 = () => scheduleBackward(plain, { activityDay: "2027-03-18", calendar }).stages.find((stage) => stage.id === "S7")?.opensOn;
    expect(s7()).toBe("2027-03-04");
    (template.stages.find((stage) => stage.id === "S7") as { offset: { weeks: number } }).offset.weeks = -1;
    expect(s7()).toBe("2027-03-11");
  });

  it("reads a plain calendar object on each call, so a closure added later is seen", () => {
    const calendar = { weekend: ["saturday", "sunday"], terms: [], closures: [] as { name: string; start: string }[] };
    const schedule = () => scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: calendar as unknown as SchoolCalendar });
    expect(schedule().diagnostics).toEqual([]);
    calendar.closures.push({ name: "Typhoon", start: "2027-03-18" });
    expect(schedule().diagnostics.map((d) => d.ruleId)).toEqual(["timeline/activity-day-closed"]);
  });

  it("holds a stage that would fall after 9999-12-31 there, with an error instead of a RangeError", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "9999-12-31", calendar: defineSchoolCalendar({}) });
    expect(timeline.diagnostics).toEqual([
      {
        ruleId: "timeline/beyond-supported-days",
        code: "timeline/beyond-supported-days.after",
        params: { day: "9999-12-31", stages: "S9" },
        severity: "error",
        message: "S9 would fall after 9999-12-31, the last day a plan can use: kept on 9999-12-31.",
        path: ["stages", 8],
        source: { document: "joint-school-sharing", clause: "S9" },
        hint: "Choose a day further from the ends of the supported days (0001-01-01 to 9999-12-31).",
      },
    ]);
    expect(windows(timeline)).toMatchObject({ S7: "9999-12-17…9999-12-30", S8: "9999-12-31…9999-12-31", S9: "9999-12-31…9999-12-31" });
  });

  it("holds stages that would fall before 0001-01-01 there, with one error per stage group", () => {
    for (const activityDay of ["0001-01-02", "0001-01-01"] as const) {
      const timeline = scheduleBackward(jointSchoolSharing, { activityDay, calendar: defineSchoolCalendar({}), locale: zhHant });
      expect(timeline.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
        ["timeline/beyond-supported-days", "stages.0"],
        ["timeline/beyond-supported-days", "stages.3"],
        ["timeline/beyond-supported-days", "stages.5"],
        ["timeline/beyond-supported-days", "stages.6"],
      ]);
      expect(timeline.diagnostics[0]?.message).toBe("S1、S2及S3會落在0001-01-01之前，早於計劃可用的第一天：暫定為0001-01-01。");
      expect(timeline.stages.slice(0, 7).every((stage) => stage.opensOn === "0001-01-01" && stage.dueOn === "0001-01-01")).toBe(true);
      expect(timeline.stages.find((stage) => stage.id === "S8")?.opensOn).toBe(activityDay);
    }
  });

  it("never throws for an activity day near either end of the supported days", () => {
    const nearEnd = fc.oneof(
      fc.integer({ min: 0, max: 200 }).map((n) => addDays(plainDate("0001-01-01"), n)),
      fc.integer({ min: 0, max: 200 }).map((n) => addDays(plainDate("9999-12-31"), -n)),
    );
    const calendar = defineSchoolCalendar({ closures: [{ name: "First week", start: "0001-01-01", end: "0001-01-07" }, { name: "Last week", start: "9999-12-25", end: "9999-12-31" }] });
    fc.assert(
      fc.property(nearEnd, fc.boolean(), (activityDay, compress) => {
        const timeline = scheduleBackward(jointSchoolSharing, { activityDay, calendar, compress, asOf: addDays(activityDay, activityDay < "5000" ? 0 : -30) });
        expect(timeline.stages.every((stage) => stage.opensOn <= stage.dueOn)).toBe(true);
        expect(timeline.diagnostics.every((d) => d.message.length > 0 && !d.message.includes("{"))).toBe(true);
      }),
    );
  });
});

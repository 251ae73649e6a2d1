/**
 * The timeline's diagnostics as data: each carries its message code and the
 * values of its placeholders, so a diagnostic stored as JSON is written
 * again in any language by localizeDiagnostics, with the same text the
 * function writes when asked for that language.
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { InvalidInputError } from "../../src/diagnostics/InvalidInputError.js";
import { localizeDiagnostics } from "../../src/diagnostics/localizeDiagnostics.js";
import { diagnosticMessages } from "../../src/diagnostics/messages.js";
import type { CollegiateLocale, LocaleOptions } from "../../src/text/locale.js";
import {
  findClashes,
  formatTimeline,
  jointSchoolSharing,
  parsePlanTemplate,
  parseTimeline,
  recurringMeetings,
  scheduleBackward,
  timelineToMarkdown,
  toICalendar,
} from "../../src/timeline/index.js";
import { timelineMessages } from "../../src/timeline/messages.js";
import { hongKong2026 } from "../support/calendars.js";

/** Diagnostics of every kind whose parameters are the same in every language, made in `locale`. */
function diagnosticsIn(options: LocaleOptions): Diagnostic[] {
  const calendar = defineSchoolCalendar({});
  const science = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, planId: "science", people: ["chan"], ...options });
  const maths = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-11", calendar, planId: "maths", people: ["chan"], ...options });
  const template = parsePlanTemplate(
    { id: "open-day", title: "Open day", schedule: "backward", stages: [{ id: "day", title: "Open day", offset: {}, dependsOn: ["invitations"] }] },
    options,
  );
  let ics: readonly Diagnostic[] = [];
  try {
    toICalendar(science, { dtstamp: "2027-01-10 09:00", uidDomain: "harbour..example", ...options });
  } catch (error) {
    ics = (error as InvalidInputError).diagnostics;
  }
  return [
    ...scheduleBackward(jointSchoolSharing, { activityDay: "2027-05-13", calendar: hongKong2026, ...options }).diagnostics,
    ...scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: hongKong2026, asOf: "2027-03-15", compress: true, ...options }).diagnostics,
    ...recurringMeetings(hongKong2026, { from: "2026-10-05", to: "2026-12-31", every: { weeks: 2 }, ...options }).diagnostics,
    ...findClashes([science, maths], options),
    ...template.diagnostics,
    ...ics,
  ];
}

describe("timeline diagnostics as data", () => {
  it("carry a code of the timeline catalogue and the values of its placeholders", () => {
    const diagnostics = diagnosticsIn({});
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(
      new Set([
        "timeline/activity-day-closed",
        "timeline/insufficient-lead-time",
        "timeline/meeting-moved",
        "timeline/meeting-skipped",
        "timeline/activity-in-busy-stage",
        "timeline/template.unknown-stage",
        "timeline/ics.dtstamp",
        "timeline/ics.uid-domain",
      ]),
    );
    for (const diagnostic of diagnostics) {
      const key = diagnostic.code.slice("timeline/".length) as keyof typeof timelineMessages;
      const placeholders = [...timelineMessages[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
      for (const name of placeholders) expect(diagnostic.params, `${diagnostic.code} {${name}}`).toHaveProperty(name);
      for (const value of Object.values(diagnostic.params)) expect(["string", "number"]).toContain(typeof value);
    }
    expect(diagnostics[0]).toMatchObject({
      code: "timeline/activity-day-closed",
      params: { day: "2027-05-13", closure: "Buddha's Birthday", before: "2027-05-12", after: "2027-05-14" },
    });
  });

  it("are written again in Traditional Chinese from JSON, as the functions write them in Chinese", () => {
    const stored = JSON.parse(JSON.stringify(diagnosticsIn({}))) as Diagnostic[];
    const chinese = diagnosticsIn({ locale: zhHant });
    expect(localizeDiagnostics(stored, { locale: zhHant })).toEqual(chinese);
    expect(chinese[0]?.message).toBe("活動日2027-05-13不是學校日：Buddha's Birthday。");
    expect(chinese[0]?.hint).toBe("請改選學校日：最接近的是2027-05-12和2027-05-14。");
    expect(localizeDiagnostics(chinese)).toEqual(diagnosticsIn({}));
  });

  it("are written in a locale of the application's own, English where it says nothing", () => {
    const pirate: CollegiateLocale = { code: "en-x-pirate", messages: { "timeline/activity-day-closed": "Arr, {day} be closed ({closure})!" } };
    const diagnostics = diagnosticsIn({ locale: pirate });
    expect(diagnostics[0]?.message).toBe("Arr, 2027-05-13 be closed (Buddha's Birthday)!");
    expect(diagnostics[0]?.hint).toBe("Choose a school day: the nearest are 2027-05-12 and 2027-05-14.");
    expect(localizeDiagnostics(diagnosticsIn({}), { locale: pirate })).toEqual(diagnostics);
  });
});

describe("a locale option that is not a locale", () => {
  const calendar = defineSchoolCalendar({});
  const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar });
  const wrong = { locale: "zh-Hant" } as unknown as LocaleOptions;

  it("is refused by the functions with an options schema, as every other wrong option", () => {
    for (const call of [
      () => scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, ...wrong }),
      () => recurringMeetings(calendar, { from: "2027-03-01", to: "2027-03-31", every: { weeks: 1 }, ...wrong }),
      () => toICalendar(timeline, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "school.example.org", ...wrong }),
    ]) {
      expect(call).toThrow(InvalidInputError);
      try {
        call();
      } catch (error) {
        expect((error as InvalidInputError).diagnostics).toEqual([expect.objectContaining({ code: "diagnostics/locale.unknown", path: ["locale"] })]);
      }
    }
  });

  it("is refused by the functions without one, with the same diagnostic", () => {
    for (const call of [
      () => findClashes([timeline], wrong),
      () => formatTimeline(timeline, wrong),
      () => timelineToMarkdown(timeline, wrong),
    ]) {
      expect(call).toThrow(InvalidInputError);
      try {
        call();
      } catch (error) {
        expect((error as InvalidInputError).diagnostics).toEqual([expect.objectContaining({ code: "diagnostics/locale.unknown", path: ["locale"] })]);
      }
    }
  });

  it("is a diagnostic at locale, in English, from the parse functions, never a throw", () => {
    for (const result of [parsePlanTemplate(jointSchoolSharing, wrong), parseTimeline(JSON.parse(JSON.stringify(timeline)), wrong)]) {
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ code: "diagnostics/locale.unknown", path: ["locale"], message: diagnosticMessages["locale.unknown"] }),
      ]);
    }
    expect(parseTimeline(JSON.parse(JSON.stringify(timeline)), 11 as never).ok).toBe(false);
  });
});

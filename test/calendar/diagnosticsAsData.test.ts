/**
 * The calendar's diagnostics are data: a code and the values of its
 * placeholders, from which any locale writes the message again.
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { dayInLocale } from "../../src/calendar/dayInLocale.js";
import { defineSchoolCalendar, parsePlainDate, parseSchoolCalendar, plainDate, weekdays } from "../../src/calendar/index.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { defineLocale } from "../../src/diagnostics/defineLocale.js";
import { InvalidInputError } from "../../src/diagnostics/InvalidInputError.js";
import { localizeDiagnostics } from "../../src/diagnostics/localizeDiagnostics.js";
import { en } from "../../src/text/locale.js";

const badCalendar = {
  weekend: ["saturday", "saturday", "funday"],
  terms: [
    { name: "Autumn", start: "2026-09-01", end: "2027-01-31" },
    { name: "Spring", start: "2027-01-15", end: "2027-01-10" },
  ],
  closures: [{ name: "", start: "2027-02-30" }, { name: "Leap", start: 20270229 }],
};

const validLists = {
  weekend: ["saturday", "saturday"],
  terms: [
    { name: "Autumn", start: "2026-09-01", end: "2027-01-31" },
    { name: "Spring", start: "2027-01-15", end: "2027-07-10" },
  ],
};

describe("the calendar's diagnostics as data", () => {
  it("carry the code and the raw values of each message", () => {
    const diagnostics = parseSchoolCalendar(badCalendar).diagnostics;
    expect(diagnostics.map((d) => [d.path.join("."), d.code, d.params])).toEqual([
      ["weekend.2", "calendar/weekday.unknown", expect.objectContaining({ input: '"funday"' })],
      ["terms.1.end", "calendar/term.end-before-start", { start: "2027-01-15", end: "2027-01-10" }],
      ["closures.0.name", "calendar/closure.name-required", expect.any(Object)],
      ["closures.0.start", "calendar/plain-date.no-day", { text: "2027-02-30", month: "02", day: "30" }],
      ["closures.1.start", "calendar/plain-date.type", expect.any(Object)],
    ]);
    expect(diagnostics.find((d) => d.code === "calendar/term.end-before-start")?.hint).toBe("Swap start and end, or correct the typing.");
    // The checks of a whole list run once its items are valid.
    expect(parseSchoolCalendar(validLists).diagnostics.map((d) => [d.path.join("."), d.code, d.params])).toEqual([
      ["weekend.1", "calendar/weekend.duplicate", { day: "saturday" }],
      [
        "terms.1.start",
        "calendar/terms.overlap",
        { name: "Spring", start: "2027-01-15", previous: "Autumn", previousStart: "2026-09-01", previousEnd: "2027-01-31" },
      ],
    ]);
  });

  it("name why a day is not real with a code of its own, the values raw", () => {
    const codeOf = (text: string) => parsePlainDate(text).diagnostics.map((d) => [d.code, d.params]);
    expect(codeOf("0000-01-01")).toEqual([["calendar/plain-date.year-zero", { text: "0000-01-01" }]]);
    expect(codeOf("2027-13-01")).toEqual([["calendar/plain-date.no-month", { text: "2027-13-01", month: "13" }]]);
    expect(codeOf("2027-02-29")).toEqual([["calendar/plain-date.not-leap-year", { text: "2027-02-29", year: "2027" }]]);
    expect(codeOf("18/03/2027")).toEqual([["calendar/plain-date.format", { text: '"18/03/2027"' }]]);
  });

  it("read the same in Traditional Chinese, whether asked for directly or written again from stored data", () => {
    for (const input of [badCalendar, validLists, { weekend: [...weekdays] }]) {
      const stored = JSON.parse(JSON.stringify(parseSchoolCalendar(input).diagnostics)) as Diagnostic[];
      const direct = parseSchoolCalendar(input, { locale: zhHant }).diagnostics;
      expect(localizeDiagnostics(stored, { locale: zhHant })).toEqual(direct);
      expect(localizeDiagnostics(direct, { locale: en })).toEqual(stored);
    }
    const days = ["0000-01-01", "2027-13-01", "2027-02-29", "2027-04-31", "18/03/2027", 5];
    for (const day of days) {
      expect(localizeDiagnostics(parsePlainDate(day).diagnostics, { locale: zhHant })).toEqual(parsePlainDate(day, { locale: zhHant }).diagnostics);
    }
  });

  it("report a locale option that is not a locale as a diagnostic, or throw it from defineSchoolCalendar", () => {
    expect(parsePlainDate("2027-03-18", 5 as never).diagnostics.map((d) => d.code)).toEqual(["zod/invalid_type"]);
    for (const options of [{ locale: "zh-Hant" }, { locale: null }, { locale: { code: "fr" } }]) {
      const result = parsePlainDate("2027-03-18", options as never);
      expect(result.ok).toBe(false);
      expect(result.diagnostics[0]).toMatchObject({ path: ["locale"], code: "diagnostics/locale.unknown" });
      expect(parseSchoolCalendar({}, options as never).ok).toBe(false);
    }
    expect(parsePlainDate("2027-03-18", { locale: "zh-Hant" } as never).diagnostics[0]?.message).toMatch(/^Unknown locale/);
    expect(() => defineSchoolCalendar({}, { locale: "zh-Hant" } as never)).toThrow(InvalidInputError);
    expect(parsePlainDate("2027-03-18", {}).ok).toBe(true);
    expect(parsePlainDate("2027-03-18", undefined).ok).toBe(true);
  });

  it("write days with a locale's own pattern and names", () => {
    const day = plainDate("2027-03-18");
    const plain = defineLocale({ code: "en-x-iso", messages: { "calendar/day.pattern": "yyyy-MM-dd (EEEE)" } });
    expect(dayInLocale(day, plain)).toBe("2027-03-18 (Thursday)");
    const withNames = defineLocale({ code: "zh-x-test", messages: {}, dateFns: zhHant.dateFns });
    expect(dayInLocale(day, withNames)).toBe("Thu 18 Mar 2027".replace("Thu", "週四").replace("Mar", "3月"));
  });
});

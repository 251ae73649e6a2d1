/**
 * Diagnostics as data: stored diagnostics written again in any language
 * (localizeDiagnostics, formatDiagnostics), and languages of one's own
 * (defineLocale).
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { de as zodGerman } from "zod/v4/locales";
import { zhTW } from "date-fns/locale/zh-TW";
import { parsePlainDate, parseSchoolCalendar } from "../../src/calendar/index.js";
import {
  defineLocale,
  DiagnosticSchema,
  en,
  formatDiagnostics,
  InvalidInputError,
  localizeDiagnostics,
  type Diagnostic,
} from "../../src/diagnostics/index.js";

/** Diagnostics as a server stores them: JSON, read back. */
function stored(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return z.array(DiagnosticSchema).parse(JSON.parse(JSON.stringify(diagnostics)));
}

const english = stored([
  ...parseSchoolCalendar({ terms: [{ name: "Spring", start: "2027-01-15", end: "2027-01-10" }], colour: "red" }).diagnostics,
  { ruleId: "school/own-check", severity: "warning", code: "school/own-check", params: { day: "2027-03-18" }, message: "Our own check on 2027-03-18.", path: ["x"], hint: "Our hint." },
]);

describe("localizeDiagnostics", () => {
  it("writes stored diagnostics again in Traditional Chinese: messages, hints, and zod's own messages", () => {
    const chinese = localizeDiagnostics(english, { locale: zhHant });
    expect(chinese.map((d) => [d.code, d.message, d.hint])).toEqual([
      ["calendar/term.end-before-start", "學期的結束日2027-01-10早於開始日2027-01-15。", "請對調開始日和結束日，或更正輸入的日期。"],
      ["zod/unrecognized_keys", '無法識別的鍵值："colour"', undefined],
      // A code the library does not know keeps its message and hint.
      ["school/own-check", "Our own check on 2027-03-18.", "Our hint."],
    ]);
    // Everything but the words stays as it was.
    expect(chinese.map(({ message: _m, hint: _h, ...rest }) => rest)).toEqual(english.map(({ message: _m, hint: _h, ...rest }) => rest));
    expect(localizeDiagnostics(chinese, { locale: en })).toEqual(english);
    expect(localizeDiagnostics(english)).toEqual(english);
  });

  it("gives the same diagnostics as asking the function for the language directly", () => {
    for (const input of ["2027-02-29", "2027-13-01", "18/03/2027", 5, null]) {
      expect(localizeDiagnostics(stored(parsePlainDate(input).diagnostics), { locale: zhHant })).toEqual(parsePlainDate(input, { locale: zhHant }).diagnostics);
    }
  });

  it("does not change the diagnostics it is given", () => {
    const copy = structuredClone(english);
    localizeDiagnostics(english, { locale: zhHant });
    expect(english).toEqual(copy);
  });

  it("keeps a diagnostic without a usable code or parameters as it is", () => {
    const odd = [{ ruleId: "a/b", severity: "error", message: "Kept.", path: [] }] as unknown as Diagnostic[];
    expect(localizeDiagnostics(odd, { locale: zhHant })).toEqual(odd);
    const noParams = [{ ruleId: "a/b", severity: "error", code: "calendar/term.name-required", params: null, message: "m", path: [] }] as unknown as Diagnostic[];
    expect(localizeDiagnostics(noParams, { locale: zhHant })[0]?.message).toBe("學期須有名稱。");
  });

  it("refuses a locale option that is not a locale with an InvalidInputError at locale", () => {
    expect(() => localizeDiagnostics(english, { locale: "zh-Hant" as never })).toThrow(InvalidInputError);
  });
});

describe("formatDiagnostics of stored diagnostics", () => {
  it("writes the report and the findings in the language asked for", () => {
    expect(formatDiagnostics(english).split("\n")).toEqual([
      "✖ error  terms.0.end  schema/end-before-start",
      "  The term ends on 2027-01-10, before it starts on 2027-01-15.",
      "  hint: Swap start and end, or correct the typing.",
      "✖ error  (input)  schema/unrecognized-keys",
      '  Unrecognized key: "colour"',
      "⚠ warning  x  school/own-check",
      "  Our own check on 2027-03-18.",
      "  hint: Our hint.",
      "",
      "2 errors, 1 warning, 0 notes",
    ]);
    expect(formatDiagnostics(localizeDiagnostics(english, { locale: zhHant }), { locale: en })).toBe(formatDiagnostics(english));
    expect(formatDiagnostics(english, { locale: zhHant }).split("\n")).toEqual([
      "✖ 錯誤  terms.0.end  schema/end-before-start",
      "  學期的結束日2027-01-10早於開始日2027-01-15。",
      "  建議：請對調開始日和結束日，或更正輸入的日期。",
      "✖ 錯誤  （整份輸入）  schema/unrecognized-keys",
      '  無法識別的鍵值："colour"',
      "⚠ 警告  x  school/own-check",
      "  Our own check on 2027-03-18.",
      "  建議：Our hint.",
      "",
      "2項錯誤、1項警告、0項備註",
    ]);
  });
});

describe("defineLocale", () => {
  it("makes a language of one's own: its templates where it has them, English elsewhere", () => {
    const pirate = defineLocale({
      code: "en-x-pirate",
      messages: { "diagnostics/none": "All shipshape.", "calendar/term.end-before-start": "Yer term ends {end}, afore {start}!" },
    });
    expect(formatDiagnostics([], { locale: pirate })).toBe("All shipshape.");
    expect(localizeDiagnostics(english, { locale: pirate }).map((d) => d.message)).toEqual([
      "Yer term ends 2027-01-10, afore 2027-01-15!",
      'Unrecognized key: "colour"',
      "Our own check on 2027-03-18.",
    ]);
    // Its hint is not translated, so it is the English one.
    expect(localizeDiagnostics(english, { locale: pirate })[0]?.hint).toBe("Swap start and end, or correct the typing.");
  });

  it("takes zod's messages and date-fns's names of the same language", () => {
    const german = defineLocale({ code: "de", messages: {}, zod: zodGerman(), dateFns: zhTW });
    expect(localizeDiagnostics(english, { locale: german })[1]?.message).toMatch(/Unbekannter Schlüssel/);
    expect(german.dateFns).toBe(zhTW);
  });

  it("returns a frozen copy that the input's owner cannot change afterwards", () => {
    const messages: Record<string, string> = { "diagnostics/none": "Nothing." };
    const locale = defineLocale({ code: "en-x-test", messages });
    messages["diagnostics/none"] = "Changed.";
    expect(Object.isFrozen(locale)).toBe(true);
    expect(Object.isFrozen(locale.messages)).toBe(true);
    expect(formatDiagnostics([], { locale })).toBe("Nothing.");
    // A template named like a member of Object.prototype is only a template.
    expect(defineLocale({ code: "x", messages: { "a/toString": "t" } }).messages["a/toString"]).toBe("t");
  });

  it("throws an InvalidInputError naming every problem", () => {
    try {
      defineLocale({ code: "", messages: { "no-namespace": "x", "a/b": 5 as never }, extra: true } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).diagnostics.map((d) => d.path.join(".")).sort()).toEqual(["", "code", "messages.a/b", "messages.no-namespace"].sort());
    }
    expect(() => defineLocale(null as never)).toThrow(InvalidInputError);
  });
});

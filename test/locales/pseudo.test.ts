/**
 * A third language, written in the tests only, proves that an application
 * can write its own without changing the library: a pseudo-locale ("en-XA")
 * whose every template is the English one wrapped as "⟦…⟧", placeholders
 * kept, built from the English catalogues and defined with `defineLocale`.
 * It goes through every capability; then the same stored diagnostics are
 * written in English, Traditional Chinese and the pseudo-locale.
 *
 * Each capability is imported inside its own case, so that a capability
 * that cannot load fails its case only.
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { en as zodEnglish } from "zod/v4/locales";
import type { z } from "zod";
import { defineLocale } from "../../src/diagnostics/defineLocale.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../src/diagnostics/formatDiagnostics.js";
import { localizeDiagnostics } from "../../src/diagnostics/localizeDiagnostics.js";
import { en } from "../../src/text/locale.js";
import { englishTemplatesByCode } from "../support/catalogues.js";

/** English text wrapped as the pseudo-locale writes it. */
const wrap = (text: string) => `⟦${text}⟧`;

/** zod's English messages, wrapped. */
function pseudoZod(issue: z.core.$ZodRawIssue): string | undefined {
  const written = zodEnglish().localeError(issue as never) as string | { message?: string } | undefined;
  const text = typeof written === "string" ? written : written?.message;
  return text === undefined ? undefined : wrap(text);
}

function pseudoMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [code, template] of Object.entries(englishTemplatesByCode())) messages[code] = wrap(template);
  // A date-fns pattern: the brackets are quoted so that date-fns writes them as they are.
  messages["calendar/day.pattern"] = `'⟦'${englishTemplatesByCode()["calendar/day.pattern"] ?? "yyyy-MM-dd"}'⟧'`;
  return messages;
}

const pseudo = defineLocale({ code: "en-XA", messages: pseudoMessages(), zod: { localeError: pseudoZod as z.core.$ZodErrorMap } });

/** Whether `text` is a whole pseudo-locale sentence (people's text inside may be isolated with bidi controls). */
const PSEUDO = /^⟦[\s\S]*⟧$/u;

function expectPseudo(diagnostics: readonly Diagnostic[]): void {
  expect(diagnostics.length).toBeGreaterThan(0);
  for (const diagnostic of diagnostics) {
    expect(diagnostic.message, diagnostic.code).toMatch(PSEUDO);
    if (diagnostic.hint !== undefined) expect(diagnostic.hint, `${diagnostic.code}.hint`).toMatch(PSEUDO);
  }
}

describe("a pseudo-locale written in the tests only", () => {
  it("holds every English template, wrapped, its placeholders kept", () => {
    expect(pseudo.code).toBe("en-XA");
    const english = englishTemplatesByCode();
    expect(Object.keys(pseudo.messages).sort()).toEqual(Object.keys(english).sort());
    expect(pseudo.messages["calendar/term.end-before-start"]).toBe(wrap(english["calendar/term.end-before-start"] ?? ""));
  });

  it("calendar: parseSchoolCalendar and defineSchoolCalendar write in it, zod's own messages too", async () => {
    const { defineSchoolCalendar, parseSchoolCalendar } = await import("../../src/calendar/index.js");
    const { InvalidInputError } = await import("../../src/diagnostics/InvalidInputError.js");
    const input = { weekend: ["funday"], terms: [{ name: "Spring", start: "2027-01-15", end: "2027-01-10" }], colour: "red" };
    const { diagnostics } = parseSchoolCalendar(input, { locale: pseudo });
    expect(diagnostics.map((d) => d.code)).toEqual(["calendar/weekday.unknown", "calendar/term.end-before-start", "zod/unrecognized_keys"]);
    expectPseudo(diagnostics);
    expect(diagnostics[1]?.message).toBe("⟦The term ends on 2027-01-10, before it starts on 2027-01-15.⟧");
    expect(() => defineSchoolCalendar(input as never, { locale: pseudo })).toThrow(InvalidInputError);
    expect(() => defineSchoolCalendar(input as never, { locale: pseudo })).toThrow(/^⟦Invalid ⟦school calendar⟧: ⟦3 problems⟧⟧/);
  });

  it("timeline: scheduleBackward writes its diagnostics in it", async () => {
    const { defineSchoolCalendar } = await import("../../src/calendar/index.js");
    const { jointSchoolSharing, scheduleBackward } = await import("../../src/timeline/index.js");
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "0001-01-02", calendar: defineSchoolCalendar({}), locale: pseudo } as never);
    expectPseudo(timeline.diagnostics);
    expect(timeline.diagnostics.map((d) => d.ruleId)).toContain("timeline/beyond-supported-days");
  });

  it("machines: a refused transition says why in it", async () => {
    const { z: zod } = await import("zod");
    const { defineMachine, initialSnapshot, transition } = await import("../../src/machines/index.js");
    const lamp = defineMachine({
      id: "lamp",
      context: zod.object({}),
      events: zod.discriminatedUnion("type", [
        zod.object({ type: zod.literal("toggle"), at: zod.string() }),
        zod.object({ type: zod.literal("unplug"), at: zod.string() }),
      ]),
      initial: "off",
      states: {
        off: { on: { toggle: { target: "on" }, unplug: { target: "unplugged" } } },
        on: { on: { toggle: { target: "off" } } },
        unplugged: { final: true },
      },
    });
    const on = transition(lamp, initialSnapshot(lamp, {}), { type: "toggle", at: "2027-03-18T08:00:00Z" }, { locale: pseudo });
    expect(on.ok).toBe(true);
    if (!on.ok) return;
    const refused = transition(lamp, on.snapshot, { type: "unplug", at: "2027-03-18T08:05:00Z" }, { locale: pseudo });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusal.reason).toBe("not-allowed-in-state");
    expect(refused.refusal.message).toMatch(PSEUDO);
    expectPseudo(refused.refusal.diagnostics);
  });

  it("agreement: validateVisit writes its findings in it", async () => {
    const { lnctAgreement, validateVisit } = await import("../../src/agreement/index.js");
    const visit = {
      observedTeacher: { id: "t-chan", name: "Ms Chan" },
      visitors: [{ id: "m-lee", name: "Mr Lee", role: "school-manager", seniorPromoted: true }],
      visitDay: "2027-03-18",
      timingAgreedOn: "2027-03-04",
      observation: { notes: "tick-box" },
    };
    const result = validateVisit(visit, lnctAgreement, { locale: pseudo });
    expect(result.ok).toBe(false);
    expectPseudo(result.diagnostics);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain("lnct/no-grades-or-tick-boxes");
  });

  it("feedback: aggregateFeedback and renderFeedbackReport write in it", async () => {
    const { aggregateFeedback, defineSurvey, renderFeedbackReport } = await import("../../src/feedback/index.js");
    const survey = defineSurvey({
      id: "sample",
      title: "Sample survey",
      questions: [{ kind: "likert", id: "useful", text: "The session was useful.", scale: ["Disagree", "Unsure", "Agree"] }],
    });
    const summary = aggregateFeedback(survey, [{ answers: { useful: 3 } }, { answers: { useful: 9 } }, { answers: { colour: "red" } }], { locale: pseudo });
    expectPseudo(summary.diagnostics);
    const report = renderFeedbackReport(summary, { locale: pseudo });
    // Every heading is a pseudo sentence; the survey's own words are the school's, not the library's.
    const headings = report.split("\n").filter((line) => line.startsWith("#"));
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading.replace(/^#+ /, ""), heading).toMatch(/^⟦/u);
  });

  it("formatDiagnostics writes the whole report in it", async () => {
    const { parseSchoolCalendar } = await import("../../src/calendar/index.js");
    const { diagnostics } = parseSchoolCalendar({ terms: [{ name: "Spring", start: "2027-01-15", end: "2027-01-10" }] });
    expect(formatDiagnostics(diagnostics, { locale: pseudo }).split("\n")).toEqual([
      "✖ ⟦error⟧  terms.0.end  schema/end-before-start",
      "  ⟦The term ends on 2027-01-10, before it starts on 2027-01-15.⟧",
      "  ⟦hint: ⟦Swap start and end, or correct the typing.⟧⟧",
      "",
      "⟦⟦1 error⟧, ⟦0 warnings⟧, ⟦0 notes⟧⟧",
    ]);
    expect(formatDiagnostics([], { locale: pseudo })).toBe("⟦No problems found.⟧");
  });
});

describe("stored diagnostics in three languages", () => {
  it("are written again from their codes in English, Traditional Chinese and the pseudo-locale", async () => {
    const { parsePlainDate, parseSchoolCalendar } = await import("../../src/calendar/index.js");
    const found = [
      ...parseSchoolCalendar({ weekend: ["saturday", "saturday"], terms: [{ name: "Spring", start: "2027-01-15", end: "2027-01-10" }], colour: "red" }).diagnostics,
      ...parsePlainDate("2027-02-29").diagnostics,
      { ruleId: "school/own", severity: "info", code: "school/own", params: {}, message: "Our own note.", path: [] } satisfies Diagnostic,
    ];
    const stored = JSON.parse(JSON.stringify(found)) as Diagnostic[];
    const inEnglish = localizeDiagnostics(stored, { locale: en });
    const inChinese = localizeDiagnostics(stored, { locale: zhHant });
    const inPseudo = localizeDiagnostics(stored, { locale: pseudo });
    expect(inEnglish).toEqual(found);
    expect(inChinese.map((d) => d.message)).toEqual([
      "週末重複列出了saturday。",
      "學期的結束日2027-01-10早於開始日2027-01-15。",
      '無法識別的鍵值："colour"',
      "2027-02-29不是真實存在的日子：2027年不是閏年。",
      "Our own note.",
    ]);
    expect(inPseudo.map((d) => d.message)).toEqual([
      "⟦saturday is listed twice in the weekend.⟧",
      "⟦The term ends on 2027-01-10, before it starts on 2027-01-15.⟧",
      '⟦Unrecognized key: "colour"⟧',
      "⟦2027-02-29 is not a real day: 2027 is not a leap year.⟧",
      "Our own note.",
    ]);
    // The data stays the same in every language; only the words change.
    const data = (diagnostics: readonly Diagnostic[]) => diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest);
    expect(data(inChinese)).toEqual(data(stored));
    expect(data(inPseudo)).toEqual(data(stored));
    // Any language back to any other.
    expect(localizeDiagnostics(inPseudo, { locale: zhHant })).toEqual(inChinese);
    expect(localizeDiagnostics(inChinese, { locale: pseudo })).toEqual(inPseudo);
  });
});

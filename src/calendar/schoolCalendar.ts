import { z } from "zod";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import { localeOf, type LocaleOptions } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { calendarLocale } from "./calendarOptions.js";
import { calendarMessage, calendarTemplates } from "./message.js";
import { PlainDateSchema } from "./plainDate.js";
import { weekdays, WeekdaySchema } from "./weekday.js";

type RangeLike = { start: string; end?: string | undefined };

/** Adds an issue at `end` when a range ends before it starts. */
function endNotBeforeStart(ctx: z.core.ParsePayload<RangeLike>, what: "term" | "closure"): void {
  const { start, end } = ctx.value;
  if (end !== undefined && end < start) {
    ctx.issues.push(schemaIssue(`calendar/${what}.end-before-start`, { start, end }, { ruleId: "end-before-start", path: ["end"], input: ctx.value }));
  }
}

/**
 * Schema of a term: a named range of days (both ends included) on which the
 * school may be open. A session with no separate terms is one term.
 *
 * @example
 * ```ts
 * import { TermSchema } from "collegiate/calendar";
 *
 * TermSchema.parse({ name: "First term", start: "2026-09-01", end: "2027-01-31" });
 * ```
 */
export const TermSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, { error: () => "calendar/term.name-required" }),
    start: PlainDateSchema,
    end: PlainDateSchema,
  })
  .check((ctx) => endNotBeforeStart(ctx, "term"));

/**
 * A named range of days on which the school may be open; both ends included.
 *
 * @example
 * ```ts
 * import { plainDate, type Term } from "collegiate/calendar";
 *
 * const autumn: Term = { name: "Autumn term", start: plainDate("2026-08-17"), end: plainDate("2026-10-09") };
 * ```
 */
export type Term = z.infer<typeof TermSchema>;

/**
 * Schema of what kind of closure a closure is. Only used for display and
 * filtering; every kind closes the school.
 *
 * @example
 * ```ts
 * import { ClosureKindSchema } from "collegiate/calendar";
 *
 * ClosureKindSchema.options; // ["public-holiday", "school-holiday", "staff-development", "other"]
 * ```
 */
export const ClosureKindSchema = z.enum(["public-holiday", "school-holiday", "staff-development", "other"]);

/**
 * Schema of a closure: a named day, or range of days (both ends included), on
 * which the school is closed, such as a public holiday or a school holiday.
 * Closures may overlap each other (a public holiday inside a school holiday).
 *
 * @example
 * ```ts
 * import { ClosureSchema } from "collegiate/calendar";
 *
 * ClosureSchema.parse({ name: "Christmas Day", start: "2026-12-25", kind: "public-holiday" });
 * ClosureSchema.parse({ name: "October break", start: "2026-10-12", end: "2026-10-16" });
 * ```
 */
export const ClosureSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, { error: () => "calendar/closure.name-required" }),
    start: PlainDateSchema,
    /** Last closed day; the closure is the single day `start` when omitted. */
    end: PlainDateSchema.optional(),
    kind: ClosureKindSchema.optional(),
  })
  .check((ctx) => endNotBeforeStart(ctx, "closure"));

/**
 * A named day or range of days on which the school is closed.
 *
 * @example
 * ```ts
 * import { plainDate, type Closure } from "collegiate/calendar";
 *
 * const holiday: Closure = { name: "Lunar New Year", start: plainDate("2027-02-06"), end: plainDate("2027-02-09") };
 * ```
 */
export type Closure = z.infer<typeof ClosureSchema>;

const WeekendSchema = z
  .array(WeekdaySchema)
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((day, index) => {
      if (seen.has(day)) {
        ctx.issues.push(schemaIssue("calendar/weekend.duplicate", { day }, { ruleId: "duplicate-weekday", path: [index], input: day }));
      }
      seen.add(day);
    });
    if (weekdays.every((day) => seen.has(day))) {
      ctx.issues.push(schemaIssue("calendar/weekend.every-day", {}, { ruleId: "no-open-weekday", input: ctx.value }));
    }
  });

const TermsSchema = z.array(TermSchema).check((ctx) => {
  const order = ctx.value.map((term, index) => ({ term, index })).sort((a, b) => (a.term.start < b.term.start ? -1 : 1));
  for (let i = 1; i < order.length; i += 1) {
    const previous = order[i - 1];
    const current = order[i];
    if (previous !== undefined && current !== undefined && current.term.start <= previous.term.end) {
      ctx.issues.push(
        schemaIssue(
          "calendar/terms.overlap",
          {
            name: current.term.name,
            start: current.term.start,
            previous: previous.term.name,
            previousStart: previous.term.start,
            previousEnd: previous.term.end,
          },
          { ruleId: "overlapping-terms", path: [current.index, "start"], input: current.term },
        ),
      );
    }
  }
});

/**
 * Schema of the input to {@link defineSchoolCalendar}: the school's weekend
 * days, its terms, and its closures. Unknown keys are rejected, so a typing
 * mistake such as `closure` for `closures` cannot pass unnoticed.
 *
 * - `weekend`: the weekdays the school is closed every week. Default
 *   `["saturday", "sunday"]`; any set, such as `["friday", "saturday"]`, or
 *   `["sunday"]` for a school open on Saturdays.
 * - `terms`: when given, only days inside a term can be school days. When
 *   omitted or empty, every day that is not a weekend day or a closure is one.
 * - `closures`: named days or ranges on which the school is closed.
 *
 * @example
 * ```ts
 * import { SchoolCalendarInputSchema } from "collegiate/calendar";
 *
 * const parsed = SchoolCalendarInputSchema.safeParse({ weekend: ["friday", "saturday"] });
 * parsed.success; // true
 * ```
 */
export const SchoolCalendarInputSchema = z.strictObject({
  /** A name for messages, such as the school's name and the session. */
  name: z.string().trim().min(1).optional(),
  weekend: WeekendSchema.default(["saturday", "sunday"]),
  terms: TermsSchema.default([]),
  closures: z.array(ClosureSchema).default([]),
});

/**
 * What {@link defineSchoolCalendar} accepts: every field is optional.
 *
 * @example
 * ```ts
 * import type { SchoolCalendarInput } from "collegiate/calendar";
 *
 * const input: SchoolCalendarInput = {
 *   name: "Harbour Primary 2026/27",
 *   closures: [{ name: "Christmas Day", start: "2026-12-25" }],
 * };
 * ```
 */
export type SchoolCalendarInput = z.input<typeof SchoolCalendarInputSchema>;

/**
 * A school's calendar: which days the school is open. Build one with
 * {@link defineSchoolCalendar}. It is a deep-frozen plain object holding only
 * its definition, so `JSON.stringify` stores it and `defineSchoolCalendar` (or
 * {@link parseSchoolCalendar}) restores it; the fast lookup index is kept
 * aside and built once per calendar. A calendar-shaped plain object that did
 * not come from those functions (one read back from JSON, or built by hand)
 * is also accepted, but it is validated and indexed again on each call, so a
 * change made to it is always seen; define it once for speed.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, type SchoolCalendar } from "collegiate/calendar";
 *
 * const calendar: SchoolCalendar = defineSchoolCalendar({ weekend: ["saturday", "sunday"] });
 * calendar.weekend; // ["saturday", "sunday"]
 * ```
 */
export type SchoolCalendar = z.output<typeof SchoolCalendarInputSchema>;

/**
 * Calendars that came out of {@link parseSchoolCalendar}: valid and
 * deep-frozen, so the index builder need not validate them again and may keep
 * their index. Only such calendars are ever cached.
 *
 * @internal
 */
export const definedCalendars = new WeakSet<object>();

/**
 * Freezes a parsed definition and everything inside it, so that a defined
 * calendar or survey cannot change under the code that holds it.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Validates a calendar definition from any source (a JSON file, a form) and
 * returns a result instead of throwing. Every problem is reported with its
 * path, not only the first: an end before a start, an unknown weekday, a
 * malformed or impossible date, overlapping terms, unknown keys.
 *
 * A valid calendar is returned as a deep-frozen copy: the input is never kept
 * nor changed. Pass this copy to the school-day functions; a plain object
 * passed to a function instead is read (validated and indexed) on each call.
 *
 * @param input - Anything; typically parsed JSON.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own; a value that is not a locale gives a diagnostic at `locale`.
 * @returns `{ ok: true, value: calendar }` (a deep-frozen copy) or `{ ok: false, diagnostics }`.
 *
 * @example
 * ```ts
 * import { parseSchoolCalendar } from "collegiate/calendar";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const result = parseSchoolCalendar({
 *   weekend: ["sunday", "funday"],
 *   terms: [{ name: "Term 1", start: "2027-01-10", end: "2026-12-20" }],
 * });
 * result.ok; // false
 * result.diagnostics.map((d) => d.path.join(".")); // ["weekend.1", "terms.0.end"]
 *
 * parseSchoolCalendar({ terms: [{ name: "上學期", start: "2027-01-10", end: "2026-12-20" }] }, { locale: zhHant })
 *   .diagnostics[0]?.message; // "學期的結束日2026-12-20早於開始日2027-01-10。"
 * ```
 */
export function parseSchoolCalendar(input: unknown, options?: LocaleOptions): Result<SchoolCalendar> {
  const locale = calendarLocale(options);
  if (!locale.success) return { ok: false, diagnostics: locale.diagnostics };
  const parsed = parseInput(SchoolCalendarInputSchema, input, locale.data, calendarTemplates);
  if (!parsed.success) return { ok: false, diagnostics: parsed.diagnostics };
  const calendar = deepFreeze(parsed.data);
  definedCalendars.add(calendar);
  return { ok: true, value: calendar, diagnostics: [] };
}

/**
 * Defines a school's calendar: its weekend days (Saturday and Sunday unless
 * told otherwise), its terms, and its closures. Throws an
 * {@link InvalidInputError} listing every problem with its path when the
 * input is invalid; use {@link parseSchoolCalendar} for untrusted input.
 *
 * Returns a frozen copy: the input is never kept nor changed, and the
 * calendar cannot change afterwards, so its lookup index is built once.
 * Lookups on the calendar ({@link addSchoolDays}, {@link schoolDaysBetween}
 * and the rest) cost O(log k) for k closures and terms, whatever the distance.
 * A plain object passed to those functions instead of a defined calendar is
 * read (validated and indexed) on each call, so changes to it are seen.
 *
 * @param input - The calendar's definition.
 * @param options - `locale`: the language of the error, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own.
 * @returns A deep-frozen copy of the calendar.
 * @throws {@link InvalidInputError} when the definition is invalid, or `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, isSchoolDay, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({
 *   name: "Harbour Secondary 2026/27",
 *   terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }],
 *   closures: [
 *     { name: "Christmas and New Year holidays", start: "2026-12-21", end: "2027-01-01", kind: "school-holiday" },
 *     { name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12", kind: "school-holiday" },
 *   ],
 * });
 * isSchoolDay(calendar, plainDate("2027-02-08")); // false: Lunar New Year holidays
 * ```
 */
export function defineSchoolCalendar(input: SchoolCalendarInput, options?: LocaleOptions): SchoolCalendar {
  const result = parseSchoolCalendar(input, options);
  if (!result.ok) {
    const locale = localeOf(options);
    throw new InvalidInputError(calendarMessage(locale, "what.school-calendar"), result.diagnostics, locale);
  }
  return result.value;
}

import { z } from "zod";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import { en, type LocaleOptions } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { readPlainDate } from "./dayNumber.js";
import { calendarMessage, calendarTemplates } from "./message.js";
import { calendarLocale } from "./calendarOptions.js";

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Schema of a calendar day: a `YYYY-MM-DD` string naming a real day from
 * 0001-01-01 to 9999-12-31, with no time and no time zone. The output is
 * branded {@link PlainDate}.
 *
 * @example
 * ```ts
 * import { PlainDateSchema } from "collegiate/calendar";
 *
 * PlainDateSchema.safeParse("2027-03-18").success; // true
 * PlainDateSchema.safeParse("2027-02-29").success; // false: 2027 is not a leap year
 * ```
 */
export const PlainDateSchema = z
  .string({ error: () => "calendar/plain-date.type" })
  .check((ctx) => {
    const text = ctx.value;
    if (!SHAPE.test(text)) {
      ctx.issues.push(schemaIssue("calendar/plain-date.format", { text: JSON.stringify(text) }, { ruleId: "plain-date-format", input: text }));
    } else if (readPlainDate(text) === undefined) {
      const [code, values] = impossibleDay(text);
      ctx.issues.push(schemaIssue(code, { text, ...values }, { ruleId: "plain-date-not-a-day", input: text }));
    }
  })
  .brand<"PlainDate">();

/** The code of the message saying why `text` (shaped `YYYY-MM-DD`) is not a real day, and its values. */
function impossibleDay(text: string): [code: string, values: Record<string, string>] {
  const year = text.slice(0, 4);
  const month = text.slice(5, 7);
  const day = text.slice(8);
  const monthNumber = Number(month);
  if (Number(year) === 0) return ["calendar/plain-date.year-zero", {}];
  if (monthNumber < 1 || monthNumber > 12) return ["calendar/plain-date.no-month", { month }];
  if (monthNumber === 2 && day === "29") return ["calendar/plain-date.not-leap-year", { year }];
  return ["calendar/plain-date.no-day", { month, day }];
}

/**
 * A calendar day as a `YYYY-MM-DD` string, branded so that only validated
 * values (from {@link plainDate}, {@link parsePlainDate} or
 * {@link PlainDateSchema}) and the library's own results have this type. It
 * has no time and no time zone: the 18th of March is the 18th of March in Hong
 * Kong and in São Paulo. Plain dates sort correctly as strings.
 *
 * @example
 * ```ts
 * import { plainDate, type PlainDate } from "collegiate/calendar";
 *
 * const activityDay: PlainDate = plainDate("2027-03-18");
 * ```
 */
export type PlainDate = z.infer<typeof PlainDateSchema>;

/**
 * Validates a `YYYY-MM-DD` string and returns it as a {@link PlainDate}.
 * Throws an {@link InvalidInputError} that says what is wrong when the text is
 * not a real day; use {@link parsePlainDate} for untrusted input.
 *
 * It takes no `locale` (so that `days.map(plainDate)` works): it is meant for
 * days written in code. Use {@link parsePlainDate} with a `locale` for days
 * typed by people.
 *
 * @param text - A day such as `"2027-03-18"`.
 * @returns The same text, typed as a plain date.
 * @throws {@link InvalidInputError} when `text` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * import { plainDate } from "collegiate/calendar";
 *
 * plainDate("2027-03-18"); // "2027-03-18"
 * plainDate("2027-02-29"); // throws: 2027-02-29 is not a real day: 2027 is not a leap year.
 * ```
 */
export function plainDate(text: string): PlainDate {
  const result = parsePlainDate(text);
  if (!result.ok) throw new InvalidInputError(calendarMessage(en, "what.calendar-day"), result.diagnostics);
  return result.value;
}

/**
 * Checks any value and returns a result instead of throwing: `ok` with the
 * plain date, or the diagnostics saying why it is not one.
 *
 * @param input - Anything, typically a field of parsed JSON.
 * @param options - `locale`: the language of the diagnostics, {@link en} (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own; a value that is not a locale gives a diagnostic at `locale`.
 * @returns `{ ok: true, value }` or `{ ok: false, diagnostics }`.
 *
 * @example
 * ```ts
 * import { parsePlainDate } from "collegiate/calendar";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * parsePlainDate("2027-03-18"); // { ok: true, value: "2027-03-18", diagnostics: [] }
 * parsePlainDate("18/03/2027").ok; // false
 * parsePlainDate("18/03/2027", { locale: zhHant }).diagnostics[0]?.message;
 * // "日期應為 YYYY-MM-DD 格式，收到的是"18/03/2027"。"
 * ```
 */
export function parsePlainDate(input: unknown, options?: LocaleOptions): Result<PlainDate> {
  const locale = calendarLocale(options);
  if (!locale.success) return { ok: false, diagnostics: locale.diagnostics };
  const parsed = parseInput(PlainDateSchema, input, locale.data, calendarTemplates);
  return parsed.success ? { ok: true, value: parsed.data, diagnostics: [] } : { ok: false, diagnostics: parsed.diagnostics };
}

/**
 * Type guard: whether a value is a real `YYYY-MM-DD` calendar day.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a plain date.
 *
 * @example
 * ```ts
 * import { isPlainDate } from "collegiate/calendar";
 *
 * isPlainDate("2028-02-29"); // true: 2028 is a leap year
 * isPlainDate("2027-13-01"); // false
 * ```
 */
export function isPlainDate(value: unknown): value is PlainDate {
  return typeof value === "string" && readPlainDate(value) !== undefined;
}

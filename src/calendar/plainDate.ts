import { z } from "zod";
import { diagnosticsFromZod } from "../diagnostics/fromZod.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import type { Result } from "../diagnostics/result.js";
import { readPlainDate } from "./dayNumber.js";

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
  .string({ error: "Expected a calendar day as a YYYY-MM-DD string." })
  .check((ctx) => {
    const text = ctx.value;
    if (!SHAPE.test(text)) {
      ctx.issues.push({
        code: "custom",
        input: text,
        message: `Expected a calendar day as YYYY-MM-DD, received ${JSON.stringify(text)}.`,
        params: { ruleId: "plain-date-format" },
      });
    } else if (readPlainDate(text) === undefined) {
      ctx.issues.push({
        code: "custom",
        input: text,
        message: `${text} is not a real day: ${describeImpossible(text)}.`,
        params: { ruleId: "plain-date-not-a-day" },
      });
    }
  })
  .brand<"PlainDate">();

function describeImpossible(text: string): string {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  if (year === 0) return "years start at 0001";
  if (month < 1 || month > 12) return `there is no month ${text.slice(5, 7)}`;
  if (month === 2 && text.slice(8) === "29") return `${text.slice(0, 4)} is not a leap year`;
  return `month ${text.slice(5, 7)} has no day ${text.slice(8)}`;
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
  if (!result.ok) throw new InvalidInputError("calendar day", result.diagnostics);
  return result.value;
}

/**
 * Checks any value and returns a result instead of throwing: `ok` with the
 * plain date, or the diagnostics saying why it is not one.
 *
 * @param input - Anything, typically a field of parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, diagnostics }`.
 *
 * @example
 * ```ts
 * import { parsePlainDate } from "collegiate/calendar";
 *
 * parsePlainDate("2027-03-18"); // { ok: true, value: "2027-03-18", diagnostics: [] }
 * parsePlainDate("18/03/2027").ok; // false
 * ```
 */
export function parsePlainDate(input: unknown): Result<PlainDate> {
  const parsed = PlainDateSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data, diagnostics: [] }
    : { ok: false, diagnostics: diagnosticsFromZod(parsed.error.issues) };
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

import { z } from "zod";
import { PlainDateSchema, type PlainDate } from "../calendar/plainDate.js";

/** The code of the message of a timestamp that is neither form. */
const timestampInvalid = (): string => "machines/timestamp-invalid";

/**
 * Schema of the `at` of the built-in machines' events: a calendar day
 * (`2027-03-18`) or an ISO 8601 date-time with its offset
 * (`2027-03-18T15:30:00+08:00`, `2027-03-18T07:30:00Z`).
 *
 * @example
 * ```ts
 * import { TimestampSchema } from "collegiate/machines";
 *
 * TimestampSchema.safeParse("2027-03-18T15:30:00+08:00").success; // true
 * TimestampSchema.safeParse("18/03/2027").error?.issues[0]?.message; // "machines/timestamp-invalid"
 * ```
 *
 * Its message is a code: the library's functions (`parseEvent`,
 * `transition`) write it as a sentence in the language of the call.
 */
// zod reports the date-time's own issue for text that is neither form, so it
// carries the same message as the union's.
export const TimestampSchema = /* @__PURE__ */ timestampSchema();

function timestampSchema() {
  return z.union([PlainDateSchema, z.iso.datetime({ offset: true, error: timestampInvalid })], { error: timestampInvalid });
}

/**
 * The calendar day of a timestamp, as the person who recorded it saw it: the
 * date part as written, before any conversion to UTC. `2027-03-18T23:30:00-03:00`
 * is the 18th, where it was recorded.
 *
 * @param at - A timestamp accepted by {@link TimestampSchema}.
 * @returns Its day.
 *
 * @example
 * ```ts
 * import { dayOfTimestamp } from "collegiate/machines";
 *
 * dayOfTimestamp("2027-03-18T23:30:00-03:00"); // "2027-03-18"
 * ```
 */
export function dayOfTimestamp(at: string): PlainDate {
  return at.slice(0, 10) as PlainDate;
}

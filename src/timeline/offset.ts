import { z } from "zod";
import { addDaysBounded, type BoundedDay } from "../calendar/addDays.js";
import { addMonthsBounded } from "../calendar/addMonths.js";
import type { PlainDate } from "../calendar/plainDate.js";

/**
 * Schema of an offset from an anchor day: whole months, weeks and days, each
 * optional, negative before the anchor. `{}` is the anchor day itself.
 *
 * @example
 * ```ts
 * import { OffsetSchema } from "collegiate/timeline";
 *
 * OffsetSchema.parse({ months: -3 }); // three months before the anchor day
 * OffsetSchema.parse({ weeks: -2 }); // two weeks before
 * ```
 */
export const OffsetSchema = z.strictObject({
  /** Calendar months; a day missing from the target month becomes its last day. */
  months: z.int().min(-1200).max(1200).optional(),
  /** Weeks of seven calendar days. */
  weeks: z.int().min(-5200).max(5200).optional(),
  /** Calendar days. */
  days: z.int().min(-36_500).max(36_500).optional(),
});

/**
 * An offset from an anchor day, such as `{ months: -3 }` or `{ weeks: -2 }`.
 *
 * @example
 * ```ts
 * import type { Offset } from "collegiate/timeline";
 *
 * const twoWeeksBefore: Offset = { weeks: -2 };
 * ```
 */
export type Offset = z.infer<typeof OffsetSchema>;

/**
 * The day at an offset from a day, in calendar arithmetic: months first
 * (clamped to the end of a shorter month, as {@link addMonths}), then weeks
 * and days. School days are not considered.
 *
 * @param day - The anchor day.
 * @param offset - The offset; negative parts go back.
 * @returns The offset date.
 * @throws `RangeError` ("9999-12-31 plus {"months":1} falls outside the supported days 0001-01-01 to
 *   9999-12-31.") when the offset date falls before 0001-01-01 or after 9999-12-31. The schedulers
 *   never throw for this: they report the error `timeline/beyond-supported-days`.
 *
 * @example
 * ```ts
 * import { plainDate } from "collegiate/calendar";
 * import { addOffset } from "collegiate/timeline";
 *
 * addOffset(plainDate("2027-05-31"), { months: -3 }); // "2027-02-28"
 * addOffset(plainDate("2027-03-18"), { weeks: -2 }); // "2027-03-04"
 * ```
 */
export function addOffset(day: PlainDate, offset: Offset): PlainDate {
  const bounded = addOffsetBounded(day, offset);
  if (bounded.beyond !== undefined) {
    throw new RangeError(`${day} plus ${JSON.stringify(offset)} falls outside the supported days 0001-01-01 to 9999-12-31.`);
  }
  return bounded.day;
}

/** {@link addOffset}, held inside the supported days (see `BoundedDay`). Internal. */
export function addOffsetBounded(day: PlainDate, offset: Offset): BoundedDay {
  const months = offset.months ?? 0;
  const days = (offset.weeks ?? 0) * 7 + (offset.days ?? 0);
  const shifted = months === 0 ? { day } : addMonthsBounded(day, months);
  return days === 0 || shifted.beyond !== undefined ? shifted : addDaysBounded(shifted.day, days);
}

/**
 * The lowest and highest number of calendar days an offset can span, over
 * every anchor day: a month counts as 28 to 31 days (a clamped month never
 * spans fewer than 28 days or more than 31). Internal.
 */
export function offsetSpan(offset: Offset): [lowest: number, highest: number] {
  const months = offset.months ?? 0;
  const days = (offset.weeks ?? 0) * 7 + (offset.days ?? 0);
  const [short, long] = months >= 0 ? [28 * months, 31 * months] : [31 * months, 28 * months];
  return [short + days, long + days];
}

/** Whether two offsets always name the same day. Internal. */
export function sameOffset(a: Offset, b: Offset): boolean {
  return (a.months ?? 0) === (b.months ?? 0) && (a.weeks ?? 0) * 7 + (a.days ?? 0) === (b.weeks ?? 0) * 7 + (b.days ?? 0);
}

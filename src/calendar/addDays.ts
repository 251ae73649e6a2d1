import { describeValue, fromDayNumber, toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * Adds a number of calendar days (negative to go back). School days are not
 * considered: see {@link addSchoolDays} for that.
 *
 * @param day - The day to start from.
 * @param amount - Whole days to add; may be negative.
 * @returns The resulting day.
 * @throws `TypeError` when `amount` is not an integer; `RangeError` past 9999-12-31 or before 0001-01-01.
 *
 * @example
 * ```ts
 * import { addDays, plainDate } from "collegiate/calendar";
 *
 * addDays(plainDate("2027-02-26"), 3); // "2027-03-01"
 * addDays(plainDate("2027-03-01"), -1); // "2027-02-28"
 * ```
 */
export function addDays(day: PlainDate, amount: number): PlainDate {
  assertInteger(amount, "amount");
  return fromDayNumber(toDayNumber(day) + amount);
}

/** Throws a `TypeError` naming the parameter when `value` is not an integer. */
export function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    const shown = typeof value === "number" || typeof value === "bigint" ? String(value) : describeValue(value);
    throw new TypeError(`Expected ${name} to be a whole number, received ${shown}.`);
  }
}

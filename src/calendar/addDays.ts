import { describeValue, fromDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER, toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * A day reached by calendar arithmetic, held inside the supported days
 * 0001-01-01 … 9999-12-31: `beyond` says which end the arithmetic ran past,
 * and `day` is then that end. Internal: the functions that return results
 * turn `beyond` into a diagnostic instead of throwing.
 *
 * @internal
 */
export interface BoundedDay {
  readonly day: PlainDate;
  readonly beyond?: "before" | "after";
}

/** The first and last supported days as bounded days that ran past them. */
const BEFORE_FIRST: BoundedDay = { day: "0001-01-01" as PlainDate, beyond: "before" };
const AFTER_LAST: BoundedDay = { day: "9999-12-31" as PlainDate, beyond: "after" };

/**
 * `dayNumber` as a bounded day: the day itself inside the supported days,
 * else the end it ran past.
 *
 * @internal
 */
export function boundedDay(dayNumber: number): BoundedDay {
  if (dayNumber < MIN_DAY_NUMBER) return BEFORE_FIRST;
  if (dayNumber > MAX_DAY_NUMBER) return AFTER_LAST;
  return { day: fromDayNumber(dayNumber) };
}

/**
 * `day` plus `amount` calendar days, held inside the supported days.
 *
 * @internal
 */
export function addDaysBounded(day: PlainDate, amount: number): BoundedDay {
  assertInteger(amount, "amount");
  return boundedDay(toDayNumber(day) + amount);
}

/** Throws the `RangeError` of a day function whose result falls outside the supported days. */
export function assertSupported(bounded: BoundedDay, day: PlainDate, amount: number, unit: "days" | "months"): PlainDate {
  if (bounded.beyond !== undefined) {
    throw new RangeError(`${day} plus ${amount} ${unit} falls outside the supported days 0001-01-01 to 9999-12-31.`);
  }
  return bounded.day;
}

/**
 * Adds a number of calendar days (negative to go back). School days are not
 * considered: see {@link addSchoolDays} for that.
 *
 * @param day - The day to start from.
 * @param amount - Whole days to add; may be negative.
 * @returns The resulting day.
 * @throws `TypeError` when `amount` is not an integer; `RangeError` ("2027-03-18 plus 3000000 days falls
 *   outside the supported days 0001-01-01 to 9999-12-31.") past 9999-12-31 or before 0001-01-01.
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
  return assertSupported(addDaysBounded(day, amount), day, amount, "days");
}

/** Throws a `TypeError` naming the parameter when `value` is not an integer. */
export function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    const shown = typeof value === "number" || typeof value === "bigint" ? String(value) : describeValue(value);
    throw new TypeError(`Expected ${name} to be a whole number, received ${shown}.`);
  }
}

import { assertInteger, assertSupported, boundedDay, type BoundedDay } from "./addDays.js";
import { dayNumberFromParts, daysInMonth, MAX_DAY_NUMBER, MIN_DAY_NUMBER, partsFromDayNumber, toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * `day` plus `amount` calendar months (clamped to a shorter month's end),
 * held inside the supported days.
 *
 * @internal
 */
export function addMonthsBounded(day: PlainDate, amount: number): BoundedDay {
  assertInteger(amount, "amount");
  const [year, month, dayOfMonth] = partsFromDayNumber(toDayNumber(day));
  const monthIndex = year * 12 + (month - 1) + amount;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1) return boundedDay(MIN_DAY_NUMBER - 1);
  if (targetYear > 9999) return boundedDay(MAX_DAY_NUMBER + 1);
  return boundedDay(dayNumberFromParts(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth))));
}

/**
 * Adds calendar months (negative to go back). When the day of month does not
 * exist in the target month, the result is clamped to that month's last day:
 * 2027-05-31 minus 3 months is 2027-02-28.
 *
 * @param day - The day to start from.
 * @param amount - Whole months to add; may be negative.
 * @returns The same day of month in the target month, or its last day.
 * @throws `TypeError` when `amount` is not an integer; `RangeError` ("9999-12-31 plus 1 months falls outside the
 *   supported days 0001-01-01 to 9999-12-31.") when the result falls outside 0001–9999.
 *
 * @example
 * ```ts
 * import { addMonths, plainDate } from "collegiate/calendar";
 *
 * addMonths(plainDate("2027-05-31"), -3); // "2027-02-28"
 * addMonths(plainDate("2027-01-31"), 1); // "2027-02-28"
 * addMonths(plainDate("2027-03-18"), -3); // "2026-12-18"
 * ```
 */
export function addMonths(day: PlainDate, amount: number): PlainDate {
  return assertSupported(addMonthsBounded(day, amount), day, amount, "months");
}

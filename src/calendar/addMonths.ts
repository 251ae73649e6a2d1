import { assertInteger } from "./addDays.js";
import {
  dayNumberFromParts,
  daysInMonth,
  fromDayNumber,
  partsFromDayNumber,
  toDayNumber,
} from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * Adds calendar months (negative to go back). When the day of month does not
 * exist in the target month, the result is clamped to that month's last day:
 * 2027-05-31 minus 3 months is 2027-02-28.
 *
 * @param day - The day to start from.
 * @param amount - Whole months to add; may be negative.
 * @returns The same day of month in the target month, or its last day.
 * @throws `TypeError` when `amount` is not an integer; `RangeError` outside 0001–9999.
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
  assertInteger(amount, "amount");
  const [year, month, dayOfMonth] = partsFromDayNumber(toDayNumber(day));
  const monthIndex = year * 12 + (month - 1) + amount;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new RangeError(
      `${day} plus ${amount} months falls outside the supported days 0001-01-01 to 9999-12-31.`,
    );
  }
  return fromDayNumber(
    dayNumberFromParts(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth))),
  );
}

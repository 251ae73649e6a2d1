import { assertInteger } from "./addDays.js";
import { rankOf } from "./calendarIndex.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup, schoolDayOfRank } from "./schoolDayLookup.js";

/**
 * Moves a number of school days from a day: with `amount > 0`, the
 * `amount`-th school day after `day`; with `amount < 0`, the `|amount|`-th
 * school day before it; with `0`, the day itself when it is a school day, else
 * the next school day. Weekends, days outside the terms and closures are
 * skipped. The cost is O(log k) for k closures, whatever `amount` is.
 *
 * On school days it is the inverse of {@link schoolDaysBetween}:
 * `addSchoolDays(c, d, schoolDaysBetween(c, d, e))` is `e`.
 *
 * @param calendar - The school's calendar.
 * @param day - The day to count from.
 * @param amount - School days to move; may be negative.
 * @returns A school day.
 * @throws {@link NoSchoolDayError} when the calendar has too few school days in that direction;
 *   `TypeError` when `amount` is not a whole number;
 *   `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar.
 *
 * @example
 * ```ts
 * import { addSchoolDays, defineSchoolCalendar, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({
 *   closures: [{ name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" }],
 * });
 * addSchoolDays(calendar, plainDate("2026-12-18"), 1); // "2027-01-04"
 * addSchoolDays(calendar, plainDate("2027-01-04"), -1); // "2026-12-18"
 * ```
 */
export function addSchoolDays(calendar: SchoolCalendar, day: PlainDate, amount: number): PlainDate {
  assertInteger(amount, "amount");
  const [index, dayNumber] = lookup(calendar, day);
  if (amount > 0) {
    return schoolDayOfRank(index, rankOf(index, dayNumber + 1) + amount - 1, `No school day ${amount} school days after ${day}`);
  }
  if (amount < 0) {
    return schoolDayOfRank(index, rankOf(index, dayNumber) + amount, `No school day ${-amount} school days before ${day}`);
  }
  return schoolDayOfRank(index, rankOf(index, dayNumber), `No school day on or after ${day}`);
}

import { rankOf } from "./calendarIndex.js";
import { toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup } from "./schoolDayLookup.js";

/**
 * Counts school days in the half-open range `[from, to)`: `from` counts when
 * it is a school day, `to` does not. Negative when `to` is before `from`
 * (minus the count of `[to, from)`). O(log k) for k closures, whatever the
 * distance.
 *
 * @param calendar - The school's calendar.
 * @param from - First day of the range (included).
 * @param to - Day after the range (excluded).
 * @returns The signed number of school days.
 * @throws `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar (a defined calendar is always valid).
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, plainDate, schoolDaysBetween } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({});
 * schoolDaysBetween(calendar, plainDate("2027-03-15"), plainDate("2027-03-22")); // 5: Monday to Friday
 * schoolDaysBetween(calendar, plainDate("2027-03-22"), plainDate("2027-03-15")); // -5
 * ```
 */
export function schoolDaysBetween(calendar: SchoolCalendar, from: PlainDate, to: PlainDate): number {
  const [index, fromNumber] = lookup(calendar, from);
  return rankOf(index, toDayNumber(to)) - rankOf(index, fromNumber);
}

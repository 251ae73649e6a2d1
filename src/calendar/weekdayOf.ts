import { toDayNumber, weekdayIndex } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";
import { weekdays, type Weekday } from "./weekday.js";

/**
 * The weekday of a day.
 *
 * @param day - A day.
 * @returns Its weekday name, such as `"thursday"`.
 *
 * @example
 * ```ts
 * import { plainDate, weekdayOf } from "collegiate/calendar";
 *
 * weekdayOf(plainDate("2027-03-18")); // "thursday"
 * ```
 */
export function weekdayOf(day: PlainDate): Weekday {
  return weekdays[weekdayIndex(toDayNumber(day))] as Weekday;
}

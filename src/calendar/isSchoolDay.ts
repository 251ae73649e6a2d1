import { isOpen } from "./calendarIndex.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup } from "./schoolDayLookup.js";

/**
 * Whether the school is open on a day: inside a term (when the calendar has
 * terms), not a weekend day of this school, and not in any closure. Use
 * {@link describeDay} to learn why a day is closed.
 *
 * @param calendar - The school's calendar.
 * @param day - The day to check.
 * @returns `true` on a school day.
 * @throws `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar (a defined calendar is always valid).
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, isSchoolDay, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({
 *   weekend: ["friday", "saturday"],
 *   closures: [{ name: "National Day", start: "2026-12-02" }],
 * });
 * isSchoolDay(calendar, plainDate("2026-12-04")); // false: a Friday
 * isSchoolDay(calendar, plainDate("2026-12-06")); // true: a Sunday, a working day here
 * isSchoolDay(calendar, plainDate("2026-12-02")); // false: National Day
 * ```
 */
export function isSchoolDay(calendar: SchoolCalendar, day: PlainDate): boolean {
  const [index, dayNumber] = lookup(calendar, day);
  return isOpen(index, dayNumber);
}

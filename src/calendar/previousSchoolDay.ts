import { rankOf } from "./calendarIndex.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup, schoolDayOfRank } from "./schoolDayLookup.js";

/**
 * The last school day strictly before a day.
 *
 * @param calendar - The school's calendar.
 * @param day - Any day, school day or not.
 * @returns The previous school day.
 * @throws {@link NoSchoolDayError} when the calendar has no school day before `day`;
 *   `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, plainDate, previousSchoolDay } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({ closures: [{ name: "Easter Monday", start: "2027-03-29" }] });
 * previousSchoolDay(calendar, plainDate("2027-03-30")); // "2027-03-26"
 * ```
 */
export function previousSchoolDay(calendar: SchoolCalendar, day: PlainDate): PlainDate {
  const [index, dayNumber] = lookup(calendar, day);
  return schoolDayOfRank(index, rankOf(index, dayNumber) - 1, `No school day before ${day}`);
}

import { rankOf } from "./calendarIndex.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup, schoolDayOfRank } from "./schoolDayLookup.js";

/**
 * The first school day strictly after a day.
 *
 * @param calendar - The school's calendar.
 * @param day - Any day, school day or not.
 * @returns The next school day.
 * @throws {@link NoSchoolDayError} when the calendar has no school day after `day`;
 *   `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, nextSchoolDay, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({ closures: [{ name: "Good Friday", start: "2027-03-26" }] });
 * nextSchoolDay(calendar, plainDate("2027-03-25")); // "2027-03-29": Friday is closed, then the weekend
 * ```
 */
export function nextSchoolDay(calendar: SchoolCalendar, day: PlainDate): PlainDate {
  const [index, dayNumber] = lookup(calendar, day);
  return schoolDayOfRank(index, rankOf(index, dayNumber + 1), `No school day after ${day}`);
}

import { rankOf, selectRank } from "./calendarIndex.js";
import { fromDayNumber, toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup } from "./schoolDayLookup.js";

/**
 * Every school day in the half-open range `[from, to)`, in order. Empty when
 * `to` is not after `from`. The work is proportional to the number of school
 * days returned, not to the days skipped.
 *
 * @param calendar - The school's calendar.
 * @param from - First day of the range (included).
 * @param to - Day after the range (excluded).
 * @returns The school days, earliest first.
 * @throws `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar (a defined calendar is always valid).
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, listSchoolDays, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({ closures: [{ name: "Staff development day", start: "2027-03-17" }] });
 * listSchoolDays(calendar, plainDate("2027-03-15"), plainDate("2027-03-20"));
 * // ["2027-03-15", "2027-03-16", "2027-03-18", "2027-03-19"]
 * ```
 */
export function listSchoolDays(calendar: SchoolCalendar, from: PlainDate, to: PlainDate): PlainDate[] {
  const [index, fromNumber] = lookup(calendar, from);
  const first = rankOf(index, fromNumber);
  const end = rankOf(index, toDayNumber(to));
  const days: PlainDate[] = [];
  for (let rank = first; rank < end; rank += 1) days.push(fromDayNumber(selectRank(index, rank) as number));
  return days;
}

import { isOpen } from "./calendarIndex.js";
import { toDayNumber, weekdayIndex } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";
import type { Closure, SchoolCalendar, Term } from "./schoolCalendar.js";
import { lookup } from "./schoolDayLookup.js";
import { weekdays, type Weekday } from "./weekday.js";

/**
 * Everything a calendar says about one day, so that a tool can explain why the
 * school is closed ("Lunar New Year holidays", "a weekend day", "outside every
 * term").
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, describeDay, plainDate, type DayDescription } from "collegiate/calendar";
 *
 * const description: DayDescription = describeDay(defineSchoolCalendar({}), plainDate("2027-03-20"));
 * description.weekend; // true
 * ```
 */
export interface DayDescription {
  /** The day described. */
  readonly day: PlainDate;
  /** Its weekday. */
  readonly weekday: Weekday;
  /** Whether the school is open. */
  readonly schoolDay: boolean;
  /** Whether the day's weekday is one of this school's weekend days. */
  readonly weekend: boolean;
  /** The term the day falls in, when it falls in one. */
  readonly term?: Term;
  /** Whether the calendar has terms and the day is in none of them. */
  readonly outsideTerms: boolean;
  /** Every closure that covers the day, in the calendar's order. */
  readonly closures: readonly Closure[];
}

/**
 * Describes a day on a school's calendar: whether it is a school day and, if
 * not, every reason why (weekend, outside the terms, and each closure that
 * covers it).
 *
 * @param calendar - The school's calendar.
 * @param day - The day to describe.
 * @returns The day's description.
 * @throws `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar (a defined calendar is always valid).
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, describeDay, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({
 *   closures: [
 *     { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01", kind: "school-holiday" },
 *     { name: "Christmas Day", start: "2026-12-25", kind: "public-holiday" },
 *   ],
 * });
 * describeDay(calendar, plainDate("2026-12-25")).closures.map((c) => c.name);
 * // ["Christmas holidays", "Christmas Day"]
 * ```
 */
export function describeDay(calendar: SchoolCalendar, day: PlainDate): DayDescription {
  const [index, dayNumber] = lookup(calendar, day);
  // The validated calendar: one read from JSON may leave out `terms` or `closures`.
  const { terms, closures } = index.calendar;
  const term = terms.find((candidate) => candidate.start <= day && day <= candidate.end);
  const weekdayNumber = weekdayIndex(dayNumber);
  const description = {
    day,
    weekday: weekdays[weekdayNumber] as Weekday,
    schoolDay: isOpen(index, dayNumber),
    weekend: !(index.openWeekday[weekdayNumber] as boolean),
    outsideTerms: terms.length > 0 && term === undefined,
    closures: closures.filter(
      (closure) => toDayNumber(closure.start) <= dayNumber && dayNumber <= toDayNumber(closure.end ?? closure.start),
    ),
  };
  return term === undefined ? description : { ...description, term };
}

import { rankOf } from "./calendarIndex.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";
import { lookup, schoolDayOfRank } from "./schoolDayLookup.js";

/**
 * Which way {@link rollToSchoolDay} moves off a day the school is closed.
 *
 * @example
 * ```ts
 * import type { RollDirection } from "collegiate/calendar";
 *
 * const direction: RollDirection = "backward";
 * ```
 */
export type RollDirection = "backward" | "forward";

/**
 * The day itself when it is a school day; otherwise the nearest school day
 * before it (`"backward"`) or after it (`"forward"`).
 *
 * @param calendar - The school's calendar.
 * @param day - Any day.
 * @param direction - Where to look when `day` is closed.
 * @returns A school day.
 * @throws {@link NoSchoolDayError} when there is no school day in that direction;
 *   `TypeError` when a day is not a real `YYYY-MM-DD` day; `InvalidInputError` when `calendar` is a
 *   plain object that is not a valid school calendar.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, plainDate, rollToSchoolDay } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({});
 * rollToSchoolDay(calendar, plainDate("2027-03-20"), "backward"); // "2027-03-19": Saturday to Friday
 * rollToSchoolDay(calendar, plainDate("2027-03-20"), "forward"); // "2027-03-22": Saturday to Monday
 * rollToSchoolDay(calendar, plainDate("2027-03-18"), "forward"); // "2027-03-18": already a school day
 * ```
 */
export function rollToSchoolDay(calendar: SchoolCalendar, day: PlainDate, direction: RollDirection): PlainDate {
  const [index, dayNumber] = lookup(calendar, day);
  if (direction === "forward") {
    return schoolDayOfRank(index, rankOf(index, dayNumber), `No school day on or after ${day}`);
  }
  if (direction === "backward") {
    return schoolDayOfRank(index, rankOf(index, dayNumber + 1) - 1, `No school day on or before ${day}`);
  }
  throw new TypeError(`Expected direction "backward" or "forward", received ${JSON.stringify(direction satisfies never)}.`);
}

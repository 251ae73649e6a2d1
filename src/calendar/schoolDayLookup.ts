/**
 * Shared steps of the school-day functions: find a day by rank, or explain
 * why the calendar has none there. Internal module.
 */
import { calendarIndex, calendarLabel, schoolDayBounds, selectRank, type CalendarIndex } from "./calendarIndex.js";
import { fromDayNumber, toDayNumber } from "./dayNumber.js";
import { NoSchoolDayError } from "./NoSchoolDayError.js";
import type { PlainDate } from "./plainDate.js";
import type { SchoolCalendar } from "./schoolCalendar.js";

/** The index of `calendar` and the day number of `day`, both validated. */
export function lookup(calendar: SchoolCalendar, day: PlainDate): [CalendarIndex, number] {
  return [calendarIndex(calendar), toDayNumber(day)];
}

/**
 * The school day of rank `rank`; a {@link NoSchoolDayError} whose message
 * starts with `asked` ("No school day after 2027-07-02") otherwise.
 */
export function schoolDayOfRank(index: CalendarIndex, rank: number, asked: string): PlainDate {
  const dayNumber = selectRank(index, rank);
  if (dayNumber !== undefined) return fromDayNumber(dayNumber);
  const bounds = schoolDayBounds(index);
  const holds =
    bounds === undefined
      ? "it has no school days at all"
      : rank < 0
        ? `its first school day is ${bounds[0]}`
        : `its last school day is ${bounds[1]}`;
  throw new NoSchoolDayError(`${asked} in ${calendarLabel(index)}: ${holds}.`);
}

/**
 * Counting school days after an event. Internal module.
 */
import { isSchoolDay } from "../calendar/isSchoolDay.js";
import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { schoolDaysBetween } from "../calendar/schoolDaysBetween.js";

/**
 * School days in `(from, to]`: after `from`, up to and including `to`. A
 * dialogue on the first school day after a Friday lesson is 1 school day
 * after it, whatever the weekend. Negative when `to` is before `from`. Never
 * steps past the ends of the supported range of days.
 */
export function schoolDaysAfter(calendar: SchoolCalendar, from: PlainDate, to: PlainDate): number {
  const between = schoolDaysBetween(calendar, from, to);
  return between - (isSchoolDay(calendar, from) ? 1 : 0) + (isSchoolDay(calendar, to) ? 1 : 0);
}

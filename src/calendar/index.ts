/**
 * School calendars: plain `YYYY-MM-DD` days with no time zone, day
 * arithmetic, and a school's weekends, terms and closures, with fast lookups
 * of school days.
 *
 * @example
 * ```ts
 * import { addSchoolDays, defineSchoolCalendar, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({
 *   closures: [{ name: "Mid-term break", start: "2027-02-15", end: "2027-02-19" }],
 * });
 * addSchoolDays(calendar, plainDate("2027-02-12"), 1); // "2027-02-22"
 * ```
 *
 * @module calendar
 */
export { addDays } from "./addDays.js";
export { addMonths } from "./addMonths.js";
export { addSchoolDays } from "./addSchoolDays.js";
export { compareDays } from "./compareDays.js";
export { daysBetween } from "./daysBetween.js";
export { describeDay, type DayDescription } from "./describeDay.js";
export { formatDay, type FormatDayOptions } from "./formatDay.js";
export { isSchoolDay } from "./isSchoolDay.js";
export { listSchoolDays } from "./listSchoolDays.js";
export { nextSchoolDay } from "./nextSchoolDay.js";
export { NoSchoolDayError } from "./NoSchoolDayError.js";
export { isPlainDate, parsePlainDate, plainDate, PlainDateSchema, type PlainDate } from "./plainDate.js";
export { previousSchoolDay } from "./previousSchoolDay.js";
export { rollToSchoolDay, type RollDirection } from "./rollToSchoolDay.js";
export {
  ClosureKindSchema,
  ClosureSchema,
  defineSchoolCalendar,
  parseSchoolCalendar,
  SchoolCalendarInputSchema,
  TermSchema,
  type Closure,
  type SchoolCalendar,
  type SchoolCalendarInput,
  type Term,
} from "./schoolCalendar.js";
export { schoolDaysBetween } from "./schoolDaysBetween.js";
export { weekdayOf } from "./weekdayOf.js";
export { weekdays, WeekdaySchema, type Weekday } from "./weekday.js";
// The languages of the library, so that a tool importing only this subpath can type its options.
export { en, LocaleSchema, type CollegiateLocale, type Locale, type LocaleOptions } from "../text/locale.js";

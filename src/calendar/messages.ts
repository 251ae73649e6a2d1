/**
 * Every sentence the calendar module shows a person: the messages of its
 * schemas (days, terms, closures, weekends), the names of what its
 * constructors build, and the date-fns pattern of a day in tables
 * (`day.pattern`). Internal module. A hint of a message `key` is `key.hint`. The exceptions of the day functions
 * ({@link NoSchoolDayError}, a `TypeError` for a fractional amount) report a
 * call the calendar cannot answer to the developer, and stay in English.
 */

/** The English templates of the calendar module. */
export const calendarMessages = {
  "plain-date.type": "Expected a calendar day as a YYYY-MM-DD string.",
  "plain-date.format": "Expected a calendar day as YYYY-MM-DD, received {text}.",
  "plain-date.year-zero": "{text} is not a real day: years start at 0001.",
  "plain-date.no-month": "{text} is not a real day: there is no month {month}.",
  "plain-date.not-leap-year": "{text} is not a real day: {year} is not a leap year.",
  "plain-date.no-day": "{text} is not a real day: month {month} has no day {day}.",
  "weekday.unknown": "Unknown weekday {input}: expected one of monday, tuesday, wednesday, thursday, friday, saturday, sunday.",
  "weekend.duplicate": "{day} is listed twice in the weekend.",
  "weekend.every-day": "Every day of the week is a weekend day, so the school would never be open.",
  "weekend.every-day.hint": "Leave at least one weekday out of the weekend.",
  "term.name-required": "A term needs a name.",
  "term.end-before-start": "The term ends on {end}, before it starts on {start}.",
  "term.end-before-start.hint": "Swap start and end, or correct the typing.",
  "terms.overlap": 'Term "{name}" starts on {start}, inside term "{previous}" ({previousStart} to {previousEnd}).',
  "terms.overlap.hint": "Terms must not overlap; a break between terms is simply a gap.",
  "closure.name-required": "A closure needs a name, so a plan can say why a day is closed.",
  "closure.end-before-start": "The closure ends on {end}, before it starts on {start}.",
  "closure.end-before-start.hint": "Swap start and end, or correct the typing.",
  "what.school-calendar": "school calendar",
  "what.calendar-day": "calendar day",
  // A date-fns pattern: how a day is written in tables and headings.
  "day.pattern": "EEE d MMM yyyy",
} as const;

/** A key of the calendar catalogue. */
export type CalendarMessageKey = keyof typeof calendarMessages;

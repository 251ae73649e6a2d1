/**
 * Every sentence the calendar module shows a person: the messages of its
 * schemas (days, terms, closures, weekends) and the names of what its
 * constructors build. Internal module. The exceptions of the day functions
 * ({@link NoSchoolDayError}, a `TypeError` for a fractional amount) report a
 * call the calendar cannot answer to the developer, and stay in English.
 */

/** The English templates of the calendar module. */
export const calendarMessages = {
  "plain-date.type": "Expected a calendar day as a YYYY-MM-DD string.",
  "plain-date.format": "Expected a calendar day as YYYY-MM-DD, received {text}.",
  "plain-date.not-a-day": "{text} is not a real day: {reason}.",
  "plain-date.year-zero": "years start at 0001",
  "plain-date.no-month": "there is no month {month}",
  "plain-date.not-leap-year": "{year} is not a leap year",
  "plain-date.no-day": "month {month} has no day {day}",
  "weekday.unknown": "Unknown weekday {input}: expected one of {weekdays}.",
  "weekend.duplicate": "{day} is listed twice in the weekend.",
  "weekend.every-day": "Every day of the week is a weekend day, so the school would never be open.",
  "weekend.every-day.hint": "Leave at least one weekday out of the weekend.",
  "term.name-required": "A term needs a name.",
  "term.end-before-start": "The term ends on {end}, before it starts on {start}.",
  "terms.overlap": 'Term "{name}" starts on {start}, inside term "{previous}" ({previousStart} to {previousEnd}).',
  "terms.overlap.hint": "Terms must not overlap; a break between terms is simply a gap.",
  "closure.name-required": "A closure needs a name, so a plan can say why a day is closed.",
  "closure.end-before-start": "The closure ends on {end}, before it starts on {start}.",
  "end-before-start.hint": "Swap start and end, or correct the typing.",
  "what.school-calendar": "school calendar",
  "what.calendar-day": "calendar day",
} as const;

/** A key of the calendar catalogue. */
export type CalendarMessageKey = keyof typeof calendarMessages;

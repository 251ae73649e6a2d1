/**
 * Why the school is closed on a day, in words: the closures' names, a
 * weekend day, outside every term. Internal module.
 */
import { dayInLocale } from "../calendar/dayInLocale.js";
import { describeDay } from "../calendar/describeDay.js";
import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { en, type Locale } from "../text/locale.js";
import { timelineMessage } from "./message.js";

/** "Christmas holidays, Christmas Day", "a weekend day (Saturday)", "outside every term"; in `locale` (English by default). */
export function closedBecause(calendar: SchoolCalendar, day: PlainDate, locale: Locale = en): string {
  const description = describeDay(calendar, day);
  return [
    ...description.closures.map((closure) => closure.name),
    ...(description.weekend ? [timelineMessage(locale, "closed.weekend", { weekday: dayInLocale(day, locale, "EEEE") })] : []),
    ...(description.outsideTerms ? [timelineMessage(locale, "closed.outside-terms")] : []),
  ].join(timelineMessage(locale, "list.separator"));
}

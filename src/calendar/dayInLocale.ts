/**
 * Days written for people in a locale: the locale's date-fns locale for the
 * names of months and weekdays, and its pattern of a day in tables and
 * headings (the calendar template `day.pattern`). Internal module.
 */
import type { Locale as DateFnsLocale } from "date-fns";
import { templateIn } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { formatDay } from "./formatDay.js";
import { calendarMessages } from "./messages.js";
import type { PlainDate } from "./plainDate.js";

/**
 * `day` written for `locale`: with `pattern` when given (else the locale's
 * `calendar/day.pattern`), and the date-fns locale `dateLocale` when given
 * (else the locale's own `dateFns`, else date-fns's English).
 */
export function dayInLocale(day: PlainDate, locale: Locale, pattern?: string, dateLocale?: DateFnsLocale): string {
  const names = dateLocale ?? locale.dateFns;
  return formatDay(day, pattern ?? templateIn(locale, "calendar", calendarMessages, "day.pattern"), names === undefined ? {} : { locale: names });
}

/**
 * Days written for people in a locale: the date-fns locale and the default
 * pattern of each language. Internal module.
 *
 * Traditional Chinese uses date-fns's `zhHK`: the day-level names it writes
 * (星期四, 3月) are the same as `zhTW`'s, and it is the locale of the schools
 * the Chinese texts are written for (its quarters are also the usual 第一季
 * where `zhTW` has 第一刻).
 */
import type { Locale as DateFnsLocale } from "date-fns";
import { zhHK } from "date-fns/locale/zh-HK";
import type { Locale } from "../text/locale.js";
import { formatDay } from "./formatDay.js";
import type { PlainDate } from "./plainDate.js";

interface DayStyle {
  /** Month and weekday names; date-fns's English when undefined. */
  readonly dateLocale: DateFnsLocale | undefined;
  /** The pattern of a day in tables and headings. */
  readonly pattern: string;
}

const styles: { readonly [L in Locale]: DayStyle } = {
  en: { dateLocale: undefined, pattern: "EEE d MMM yyyy" },
  // 2027年3月18日（四）: the way Hong Kong school notices and calendars write a day.
  "zh-Hant": { dateLocale: zhHK, pattern: "yyyy年M月d日（EEEEE）" },
};

/**
 * `day` written for `locale`: with `pattern` when given (else the locale's
 * default), and the date-fns locale `dateLocale` when given (else the
 * locale's own).
 */
export function dayInLocale(day: PlainDate, locale: Locale, pattern?: string, dateLocale?: DateFnsLocale): string {
  const style = styles[locale];
  const names = dateLocale ?? style.dateLocale;
  return formatDay(day, pattern ?? style.pattern, names === undefined ? {} : { locale: names });
}

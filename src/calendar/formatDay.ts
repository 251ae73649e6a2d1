import { format } from "date-fns/format";
import type { Locale } from "date-fns/locale";
import { describeValue, partsFromDayNumber, toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * Options of {@link formatDay}.
 *
 * @example
 * ```ts
 * import { zhTW } from "date-fns/locale";
 * import type { FormatDayOptions } from "collegiate/calendar";
 *
 * const options: FormatDayOptions = { locale: zhTW };
 * ```
 */
export interface FormatDayOptions {
  /** A date-fns locale for month and weekday names; English when omitted. */
  readonly locale?: Locale;
}

/**
 * Formats a day for people with a date-fns pattern (default `"EEE d MMM yyyy"`,
 * as in "Thu 18 Mar 2027"). Only day-level tokens make sense: a plain date
 * has no time. The result is the same in every time zone.
 *
 * @param day - The day to format.
 * @param pattern - A date-fns `format` pattern.
 * @param options - The locale for names.
 * @returns The formatted day.
 * @throws `TypeError` when `day` is not a real `YYYY-MM-DD` day or `pattern` is not a string; date-fns's
 *   `RangeError` for a pattern it refuses (such as `Y` or `D`, week-based year and day of year).
 *
 * @example
 * ```ts
 * import { formatDay, plainDate } from "collegiate/calendar";
 *
 * formatDay(plainDate("2027-03-18")); // "Thu 18 Mar 2027"
 * formatDay(plainDate("2027-03-18"), "EEEE d MMMM"); // "Thursday 18 March"
 * ```
 */
export function formatDay(day: PlainDate, pattern = "EEE d MMM yyyy", options: FormatDayOptions = {}): string {
  if (typeof pattern !== "string") throw new TypeError(`Expected pattern to be a date-fns format string, received ${describeValue(pattern)}.`);
  const [year, month, dayOfMonth] = partsFromDayNumber(toDayNumber(day));
  // A local date at noon has the same year, month, day and weekday as the
  // plain date in every time zone (noon exists even on daylight-saving days).
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(year, month - 1, dayOfMonth);
  return options.locale === undefined ? format(local, pattern) : format(local, pattern, { locale: options.locale });
}

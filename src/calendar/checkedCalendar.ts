/**
 * A calendar argument checked in a locale: one made by `defineSchoolCalendar`
 * or `parseSchoolCalendar` is valid; any other object (a calendar read back
 * from JSON) is checked once per locale, so that scheduling many plans on it
 * costs one check, and its problems are written in the caller's language.
 * Internal module.
 */
import type { Result } from "../diagnostics/result.js";
import type { Locale } from "../text/locale.js";
import { definedCalendars, parseSchoolCalendar, type SchoolCalendar } from "./schoolCalendar.js";

const checked = new WeakMap<object, Map<Locale, Result<SchoolCalendar>>>();

/** `calendar` as a valid school calendar, or the diagnostics (in `locale`) saying why it is not one. */
export function checkedCalendar(calendar: unknown, locale: Locale): Result<SchoolCalendar> {
  if (typeof calendar !== "object" || calendar === null) return parseSchoolCalendar(calendar, { locale });
  if (definedCalendars.has(calendar)) return { ok: true, value: calendar as SchoolCalendar, diagnostics: [] };
  let byLocale = checked.get(calendar);
  if (byLocale === undefined) {
    byLocale = new Map();
    checked.set(calendar, byLocale);
  }
  let result = byLocale.get(locale);
  if (result === undefined) {
    result = parseSchoolCalendar(calendar, { locale });
    byLocale.set(locale, result);
  }
  return result;
}

/**
 * A calendar argument checked in a locale: one made by `defineSchoolCalendar`
 * or `parseSchoolCalendar` is valid and frozen; any other object (a calendar
 * read back from JSON) is checked on each call, its problems written in the
 * caller's language, and a valid one is replaced by a frozen copy, so that
 * the rest of the call works on a calendar that cannot change under it.
 * Nothing is kept between calls: the caller may change its object.
 * Internal module.
 */
import type { Result } from "../diagnostics/result.js";
import type { Locale } from "../text/locale.js";
import { definedCalendars, parseSchoolCalendar, type SchoolCalendar } from "./schoolCalendar.js";

/** `calendar` as a valid, frozen school calendar, or the diagnostics (in `locale`) saying why it is not one. */
export function checkedCalendar(calendar: unknown, locale: Locale): Result<SchoolCalendar> {
  if (typeof calendar === "object" && calendar !== null && definedCalendars.has(calendar)) {
    return { ok: true, value: calendar as SchoolCalendar, diagnostics: [] };
  }
  return parseSchoolCalendar(calendar, { locale });
}

/**
 * A plain day-by-day implementation of the school-day functions, written
 * independently of the library (on `Date.UTC`), to check the fast index
 * against. It walks one day at a time, within a bounded window.
 */
import type { PlainDate, SchoolCalendar } from "../../src/calendar/index.js";

const MS_PER_DAY = 86_400_000;
const UTC_WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

export function referenceAddDays(day: string, amount: number): PlainDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d + amount);
  return utc.toISOString().slice(0, 10) as PlainDate;
}

export function referenceDaysBetween(from: string, to: string): number {
  const toUtc = (day: string) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    const utc = new Date(0);
    utc.setUTCFullYear(y, m - 1, d);
    return utc.getTime();
  };
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

export function referenceWeekday(day: string): (typeof UTC_WEEKDAYS)[number] {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return UTC_WEEKDAYS[utc.getUTCDay()] as (typeof UTC_WEEKDAYS)[number];
}

export function referenceIsSchoolDay(calendar: SchoolCalendar, day: string): boolean {
  if (calendar.weekend.includes(referenceWeekday(day))) return false;
  if (calendar.terms.length > 0 && !calendar.terms.some((term) => term.start <= day && day <= term.end)) return false;
  return !calendar.closures.some((closure) => closure.start <= day && day <= (closure.end ?? closure.start));
}

/** Limit of the walk: far beyond any test calendar's terms and closures. */
const MAX_STEPS = 20_000;

/** The `count`-th school day in `direction` (strictly after/before), or `undefined` when the walk runs out. */
export function referenceStep(
  calendar: SchoolCalendar,
  day: string,
  count: number,
  direction: 1 | -1,
): PlainDate | undefined {
  let cursor = day;
  let found = 0;
  for (let steps = 0; steps < MAX_STEPS; steps += 1) {
    cursor = referenceAddDays(cursor, direction);
    if (referenceIsSchoolDay(calendar, cursor)) {
      found += 1;
      if (found === count) return cursor as PlainDate;
    }
  }
  return undefined;
}

export function referenceAddSchoolDays(calendar: SchoolCalendar, day: string, amount: number): PlainDate | undefined {
  if (amount === 0) {
    return referenceIsSchoolDay(calendar, day) ? (day as PlainDate) : referenceStep(calendar, day, 1, 1);
  }
  return referenceStep(calendar, day, Math.abs(amount), amount > 0 ? 1 : -1);
}

export function referenceSchoolDaysBetween(calendar: SchoolCalendar, from: string, to: string): number {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let cursor = start; cursor < end; cursor = referenceAddDays(cursor, 1)) {
    if (referenceIsSchoolDay(calendar, cursor)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

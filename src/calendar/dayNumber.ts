/**
 * Calendar days as integers: the number of days since 1970-01-01 in the
 * proleptic Gregorian calendar. Every calculation in the library runs on these
 * numbers, so no answer can depend on the process time zone.
 *
 * Internal module: the public API speaks `PlainDate`.
 */
import type { PlainDate } from "./plainDate.js";

/** Day number of 0001-01-01, the first supported day. */
export const MIN_DAY_NUMBER = -719_162;
/** Day number of 9999-12-31, the last supported day. */
export const MAX_DAY_NUMBER = 2_932_896;

/** Day number of a Monday (1969-12-29): the origin of week arithmetic. */
export const MONDAY_ORIGIN = -3;

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a valid year, month (1–12) and day of month. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  // Days before the year, counted from 0001-01-01, then shifted to the 1970 origin.
  const y = year - 1;
  const daysBeforeYear = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const leapShift = month > 2 && isLeapYear(year) ? 1 : 0;
  return daysBeforeYear + (CUMULATIVE_DAYS[month - 1] as number) + leapShift + day - 1 + MIN_DAY_NUMBER;
}

/** Year, month and day of month of a day number (Howard Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

const DIGIT_0 = 48;

function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - DIGIT_0;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/**
 * The parts of a `YYYY-MM-DD` string, or `undefined` when the text is not of
 * that shape or names a day that does not exist (such as 2027-02-29).
 */
export function readPlainDate(text: string): [year: number, month: number, day: number] | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

/**
 * Day number of a plain date. Throws a `TypeError` naming the value when it
 * is not a real `YYYY-MM-DD` day, so a malformed string from untyped code never
 * turns into a silently wrong date.
 */
export function toDayNumber(day: PlainDate | string): number {
  const parts = typeof day === "string" ? readPlainDate(day) : undefined;
  if (parts === undefined) {
    throw new TypeError(
      `Expected a calendar day as "YYYY-MM-DD" (a real date from 0001-01-01 to 9999-12-31), received ${describeValue(day)}.`,
    );
  }
  return dayNumberFromParts(parts[0], parts[1], parts[2]);
}

/** "00" … "99": month and day text without building strings per call. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** The plain date of a day number; a `RangeError` outside 0001-01-01…9999-12-31. */
export function fromDayNumber(dayNumber: number): PlainDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(
      `The result falls outside the supported days 0001-01-01 to 9999-12-31 (day number ${dayNumber}).`,
    );
  }
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return `${yearText}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}` as PlainDate;
}

/** Weekday index of a day number, Monday = 0 … Sunday = 6. */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber - MONDAY_ORIGIN) % 7) + 7) % 7;
}

/** A short, safe rendering of any value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

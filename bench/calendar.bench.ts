/**
 * School-day arithmetic against day-by-day loops on the same calendar: a
 * school year with its terms and 60 closures.
 *
 * Peers:
 * - "day-by-day, date-fns": the loop people write with date-fns (`addDays`
 *   on a `Date`, weekend and closure checks each day).
 * - "day-by-day, integer days + Set": the fastest plain loop (precomputed set
 *   of closed day numbers, one integer step a day).
 */
import { addDays as addDaysFns, format, getDay, parseISO } from "date-fns";
import {
  addSchoolDays,
  defineSchoolCalendar,
  plainDate,
  schoolDaysBetween,
  type PlainDate,
} from "../src/calendar/index.js";
import { toDayNumber } from "../src/calendar/dayNumber.js";
import { compare } from "./harness.js";

// Two sessions; a closure about every twelve days.
const terms = [
  { name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" },
  { name: "Session 2027/28", start: "2027-09-01", end: "2028-07-14" },
];
const closures = Array.from({ length: 60 }, (_, i) => {
  const start = toDayNumber("2026-09-07") + i * 12 + (i % 3);
  const day = new Date(start * 86_400_000).toISOString().slice(0, 10);
  return { name: `Closure ${i + 1}`, start: day };
});
const calendar = defineSchoolCalendar({ terms, closures });

// Peer 1: date-fns, a Set of closed day strings, term check per day.
const closedDays = new Set(closures.map((closure) => closure.start));
const inTerm = (day: string) => terms.some((term) => day >= term.start && day <= term.end);
function isSchoolDayFns(date: Date): boolean {
  const weekday = getDay(date);
  if (weekday === 0 || weekday === 6) return false;
  const day = format(date, "yyyy-MM-dd");
  return inTerm(day) && !closedDays.has(day);
}
function addSchoolDaysFns(day: string, amount: number): string {
  let date = parseISO(day);
  for (let found = 0; found < amount; ) {
    date = addDaysFns(date, 1);
    if (isSchoolDayFns(date)) found += 1;
  }
  return format(date, "yyyy-MM-dd");
}
function schoolDaysBetweenFns(from: string, to: string): number {
  let count = 0;
  const end = parseISO(to);
  for (let date = parseISO(from); date < end; date = addDaysFns(date, 1)) if (isSchoolDayFns(date)) count += 1;
  return count;
}

// Peer 2: integer day numbers and a Set of closed day numbers.
const termNumbers = terms.map((term) => [toDayNumber(term.start), toDayNumber(term.end)] as const);
const closedNumbers = new Set(closures.map((closure) => toDayNumber(closure.start)));
const isSchoolDayInt = (n: number) => {
  const weekday = (((n + 3) % 7) + 7) % 7; // Monday = 0
  return weekday < 5 && termNumbers.some(([first, last]) => n >= first && n <= last) && !closedNumbers.has(n);
};
function addSchoolDaysInt(day: string, amount: number): number {
  let n = toDayNumber(day);
  for (let found = 0; found < amount; ) {
    n += 1;
    if (isSchoolDayInt(n)) found += 1;
  }
  return n;
}
function schoolDaysBetweenInt(from: string, to: string): number {
  let count = 0;
  const end = toDayNumber(to);
  for (let n = toDayNumber(from); n < end; n += 1) if (isSchoolDayInt(n)) count += 1;
  return count;
}

const start: PlainDate = plainDate("2026-09-01");
const yearEnd: PlainDate = plainDate("2027-09-01");

// Same answers before timing anything.
const target = addSchoolDays(calendar, start, 200);
if (addSchoolDaysFns(start, 200) !== target || addSchoolDaysInt(start, 200) !== toDayNumber(target)) {
  throw new Error("The peers disagree with addSchoolDays: the benchmark would compare different work.");
}
const yearCount = schoolDaysBetween(calendar, start, yearEnd);
if (schoolDaysBetweenFns(start, yearEnd) !== yearCount || schoolDaysBetweenInt(start, yearEnd) !== yearCount) {
  throw new Error("The peers disagree with schoolDaysBetween.");
}

compare(`addSchoolDays: 200 school days from ${start} (two sessions, 60 closures)`, { name: "collegiate addSchoolDays", run: () => addSchoolDays(calendar, start, 200) }, [
  { name: "day-by-day, date-fns", run: () => addSchoolDaysFns(start, 200) },
  { name: "day-by-day, integer days + Set", run: () => addSchoolDaysInt(start, 200) },
]);

compare(`schoolDaysBetween: a whole year, ${start} to ${yearEnd} (${yearCount} school days)`, { name: "collegiate schoolDaysBetween", run: () => schoolDaysBetween(calendar, start, yearEnd) }, [
  { name: "day-by-day, date-fns", run: () => schoolDaysBetweenFns(start, yearEnd) },
  { name: "day-by-day, integer days + Set", run: () => schoolDaysBetweenInt(start, yearEnd) },
]);

/**
 * The lookup index behind every school-day function.
 *
 * The open days of a calendar are a sorted list of disjoint segments (days
 * inside a term and outside every closure). Inside a segment, school days are
 * the days whose weekday is open, which week arithmetic counts in O(1). With a
 * prefix count of school days per segment, "how many school days before day
 * x" (rank) and "which day is the k-th school day" (select) are a binary
 * search each: O(log k) for k terms and closures, whatever the distance.
 *
 * Internal module.
 */
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { calendarMessage } from "./message.js";
import { en } from "../text/locale.js";
import { fromDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER, MONDAY_ORIGIN, toDayNumber } from "./dayNumber.js";
import { definedCalendars, parseSchoolCalendar, type SchoolCalendar } from "./schoolCalendar.js";
import type { PlainDate } from "./plainDate.js";
import { weekdays } from "./weekday.js";

export interface CalendarIndex {
  readonly calendar: SchoolCalendar;
  /** Open weekdays per week. */
  readonly openPerWeek: number;
  /** `openBeforeInWeek[r]`: open weekdays among Monday-based weekday indexes `0 … r−1`. */
  readonly openBeforeInWeek: Int32Array;
  /** `openPositions[j]`: weekday index of the j-th open weekday of a week. */
  readonly openPositions: Int32Array;
  readonly openWeekday: readonly boolean[];
  readonly segmentStart: Int32Array;
  /** Exclusive. */
  readonly segmentEnd: Int32Array;
  /** School days in all segments before this one. */
  readonly segmentPrefix: Float64Array;
  readonly total: number;
}

/** Indexes of calendars the library made: frozen, so an index never goes stale. */
const cache = new WeakMap<SchoolCalendar, CalendarIndex>();

/**
 * The index of a calendar. A calendar made by `defineSchoolCalendar` or
 * `parseSchoolCalendar` is frozen, so its index is built on first use and
 * kept. Any other calendar-shaped object (one read back from JSON, or built
 * by hand) is validated and indexed on each call, so that a change its owner
 * makes to it is always seen.
 */
export function calendarIndex(calendar: SchoolCalendar): CalendarIndex {
  const defined = definedCalendar(calendar);
  const cached = cache.get(defined);
  if (cached !== undefined) return cached;
  const built = buildIndex(defined);
  cache.set(defined, built);
  return built;
}

/** `calendar` itself when the library made it; else a validated, frozen copy of it. */
function definedCalendar(calendar: SchoolCalendar): SchoolCalendar {
  if (definedCalendars.has(calendar)) return calendar;
  const result = parseSchoolCalendar(calendar);
  if (!result.ok) throw new InvalidInputError(calendarMessage(en, "what.school-calendar"), result.diagnostics);
  return result.value;
}

type Interval = [start: number, endExclusive: number];

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/** `base` minus `removed`; both sorted and disjoint. */
function subtractIntervals(base: readonly Interval[], removed: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let r = 0;
  for (const [start, end] of base) {
    let cursor = start;
    while (r < removed.length && (removed[r] as Interval)[1] <= cursor) r += 1;
    let k = r;
    while (k < removed.length && (removed[k] as Interval)[0] < end) {
      const [closedStart, closedEnd] = removed[k] as Interval;
      if (closedStart > cursor) result.push([cursor, closedStart]);
      cursor = Math.max(cursor, closedEnd);
      k += 1;
    }
    if (cursor < end) result.push([cursor, end]);
  }
  return result;
}

function buildIndex(calendar: SchoolCalendar): CalendarIndex {
  const closed = new Set(calendar.weekend);
  const openWeekday = weekdays.map((day) => !closed.has(day));
  const openBeforeInWeek = new Int32Array(8);
  const positions: number[] = [];
  openWeekday.forEach((open, index) => {
    openBeforeInWeek[index + 1] = (openBeforeInWeek[index] as number) + (open ? 1 : 0);
    if (open) positions.push(index);
  });

  const base: Interval[] =
    calendar.terms.length > 0
      ? mergeIntervals(calendar.terms.map((term) => [toDayNumber(term.start), toDayNumber(term.end) + 1]))
      : [[MIN_DAY_NUMBER, MAX_DAY_NUMBER + 1]];
  const closures = mergeIntervals(
    calendar.closures.map((closure) => [toDayNumber(closure.start), toDayNumber(closure.end ?? closure.start) + 1]),
  );

  const partial = {
    openPerWeek: positions.length,
    openBeforeInWeek,
    openPositions: Int32Array.from(positions),
  };
  const segments = subtractIntervals(base, closures).filter(
    ([start, end]) => openBefore(partial, end) - openBefore(partial, start) > 0,
  );
  const segmentStart = new Int32Array(segments.length);
  const segmentEnd = new Int32Array(segments.length);
  const segmentPrefix = new Float64Array(segments.length);
  let total = 0;
  segments.forEach(([start, end], i) => {
    segmentStart[i] = start;
    segmentEnd[i] = end;
    segmentPrefix[i] = total;
    total += openBefore(partial, end) - openBefore(partial, start);
  });
  return { calendar, ...partial, openWeekday, segmentStart, segmentEnd, segmentPrefix, total };
}

type WeekShape = Pick<CalendarIndex, "openPerWeek" | "openBeforeInWeek">;

/** Open weekdays in `[MONDAY_ORIGIN, x)`, signed: a count relative to a fixed Monday. */
function openBefore(week: WeekShape, x: number): number {
  const sinceMonday = x - MONDAY_ORIGIN;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * week.openPerWeek + (week.openBeforeInWeek[sinceMonday - weeks * 7] as number);
}

/** Index of the last entry of `sorted` that is `≤ value`, or −1. */
function lastAtMost(sorted: Int32Array | Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The number of school days before day number `x` (in the whole calendar). */
export function rankOf(index: CalendarIndex, x: number): number {
  const i = lastAtMost(index.segmentStart, x);
  if (i < 0) return 0;
  const start = index.segmentStart[i] as number;
  const end = Math.min(x, index.segmentEnd[i] as number);
  return (index.segmentPrefix[i] as number) + openBefore(index, end) - openBefore(index, start);
}

/**
 * The day number of the school day with `rank` school days before it, or
 * `undefined` when the calendar has no such school day.
 */
export function selectRank(index: CalendarIndex, rank: number): number | undefined {
  if (rank < 0 || rank >= index.total) return undefined;
  const i = lastAtMost(index.segmentPrefix, rank);
  const start = index.segmentStart[i] as number;
  const target = openBefore(index, start) + rank - (index.segmentPrefix[i] as number);
  const weeks = Math.floor(target / index.openPerWeek);
  const position = index.openPositions[target - weeks * index.openPerWeek] as number;
  return MONDAY_ORIGIN + weeks * 7 + position;
}

/** Whether day number `x` is a school day. */
export function isOpen(index: CalendarIndex, x: number): boolean {
  return rankOf(index, x + 1) - rankOf(index, x) === 1;
}

/** A readable name for the calendar in messages. */
export function calendarLabel(index: CalendarIndex): string {
  return index.calendar.name === undefined ? "the school calendar" : `the calendar "${index.calendar.name}"`;
}

/** First and last school day, for messages; `undefined` when there is none. */
export function schoolDayBounds(index: CalendarIndex): [first: PlainDate, last: PlainDate] | undefined {
  const first = selectRank(index, 0);
  const last = selectRank(index, index.total - 1);
  return first === undefined || last === undefined ? undefined : [fromDayNumber(first), fromDayNumber(last)];
}

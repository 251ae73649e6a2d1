import { z } from "zod";
import { addDaysBounded } from "../calendar/addDays.js";
import { addMonthsBounded } from "../calendar/addMonths.js";
import { isSchoolDay } from "../calendar/isSchoolDay.js";
import { PlainDateSchema, type PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { weekdayOf } from "../calendar/weekdayOf.js";
import { weekdays, WeekdaySchema, type Weekday } from "../calendar/weekday.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LocaleSchema, localeOf } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { closedBecause } from "./closedBecause.js";
import { timelineText } from "./message.js";
import { CalendarArgumentSchema, parseOptions } from "./planOptions.js";

/**
 * Schema of a meeting rhythm: every `n` weeks, or every `n` months.
 *
 * @example
 * ```ts
 * import { RecurrenceSchema } from "collegiate/timeline";
 *
 * RecurrenceSchema.parse({ weeks: 2 }); // fortnightly
 * RecurrenceSchema.parse({ months: 1 }); // monthly
 * ```
 */
export const RecurrenceSchema = z.union([
  z.strictObject({ weeks: z.int().min(1).max(52) }),
  z.strictObject({ months: z.int().min(1).max(12) }),
]);

/**
 * A meeting rhythm: `{ weeks: n }` or `{ months: n }`.
 *
 * @example
 * ```ts
 * import type { Recurrence } from "collegiate/timeline";
 *
 * const fortnightly: Recurrence = { weeks: 2 };
 * ```
 */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * Schema of the options of {@link recurringMeetings}.
 *
 * @example
 * ```ts
 * import { RecurringMeetingsOptionsSchema } from "collegiate/timeline";
 *
 * RecurringMeetingsOptionsSchema.safeParse({ from: "2027-06-30", to: "2026-09-01", every: { weeks: 1 } }).success; // false
 * ```
 */
export const RecurringMeetingsOptionsSchema = z
  .strictObject({
    /** The first day meetings may be held (included). */
    from: PlainDateSchema,
    /** The last day meetings may be held (included). */
    to: PlainDateSchema,
    /** The rhythm. */
    every: RecurrenceSchema,
    /** The meeting weekday. Weekly rhythms: the weekday of `from` when omitted. Monthly rhythms: the first such weekday on or after each monthly date; the monthly date itself when omitted. */
    weekday: WeekdaySchema.optional(),
    /** The language of the diagnostics and of the closures' reasons: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. */
    locale: LocaleSchema.optional(),
  })
  .check((ctx) => {
    if (ctx.value.to < ctx.value.from) {
      const { from, to } = ctx.value;
      ctx.issues.push(schemaIssue("timeline/meetings.to-before-from", { from, to }, { ruleId: "end-before-start", path: ["to"], input: ctx.value }));
    }
  });

/**
 * Options of {@link recurringMeetings}. Days may be given as `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * import type { RecurringMeetingsOptions } from "collegiate/timeline";
 *
 * const options: RecurringMeetingsOptions = { from: "2026-09-14", to: "2027-05-14", every: { weeks: 2 }, weekday: "wednesday" };
 * ```
 */
export type RecurringMeetingsOptions = z.input<typeof RecurringMeetingsOptionsSchema>;

/**
 * What happened to one meeting of the rhythm.
 *
 * @example
 * ```ts
 * import { plainDate } from "collegiate/calendar";
 * import type { MeetingOccurrence } from "collegiate/timeline";
 *
 * const moved: MeetingOccurrence = {
 *   planned: plainDate("2026-10-01"),
 *   status: "moved",
 *   day: plainDate("2026-09-30"),
 *   closure: "National Day",
 * };
 * ```
 */
export interface MeetingOccurrence {
  /** The day the rhythm gives. */
  readonly planned: PlainDate;
  /** `"held"` on the planned day, `"moved"` to another school day of its week, or `"skipped"`. */
  readonly status: "held" | "moved" | "skipped";
  /** The school day the meeting is held on; absent when skipped. */
  readonly day?: PlainDate;
  /** Why the planned day is closed (moved or skipped meetings). */
  readonly closure?: string;
}

/**
 * The meetings of a rhythm on the school's calendar.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { recurringMeetings, type MeetingSchedule } from "collegiate/timeline";
 *
 * const schedule: MeetingSchedule = recurringMeetings(defineSchoolCalendar({}), { from: "2026-09-02", to: "2026-09-30", every: { weeks: 1 } });
 * schedule.meetings.length; // 5
 * ```
 */
export interface MeetingSchedule {
  /** The days to meet: school days, earliest first. */
  readonly meetings: readonly PlainDate[];
  /** Every meeting of the rhythm, with what happened to it: none is dropped silently. */
  readonly occurrences: readonly MeetingOccurrence[];
  /** An `info` for each moved meeting (`timeline/meeting-moved`), a `warning` for each skipped one (`timeline/meeting-skipped`). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The weekday a school's week starts on: the first open day after its
 * weekend (after the longest run of weekend days; Monday when there is no
 * weekend). Monday for a Saturday–Sunday weekend, Sunday for Friday–Saturday.
 */
function weekStart(calendar: SchoolCalendar): number {
  const closed = weekdays.map((day) => calendar.weekend.includes(day));
  let best = 0;
  let bestRun = 0;
  closed.forEach((isClosed, index) => {
    if (isClosed) return;
    let run = 0;
    while (run < 7 && closed[(index - run - 1 + 7) % 7]) run += 1;
    if (run > bestRun) {
      best = index;
      bestRun = run;
    }
  });
  return best;
}

/**
 * `day` plus `amount` days, or `undefined` past 9999-12-31 or before
 * 0001-01-01: such a day is outside every `from`…`to`, so the rhythm simply
 * has no meeting there.
 */
function shifted(day: PlainDate, amount: number): PlainDate | undefined {
  const bounded = addDaysBounded(day, amount);
  return bounded.beyond === undefined ? bounded.day : undefined;
}

function plannedDays(from: PlainDate, to: PlainDate, every: Recurrence, weekday: Weekday | undefined): PlainDate[] {
  const onOrAfter = (day: PlainDate) =>
    weekday === undefined ? day : shifted(day, (weekdays.indexOf(weekday) - weekdays.indexOf(weekdayOf(day)) + 7) % 7);
  const days: PlainDate[] = [];
  if ("weeks" in every) {
    for (let day = onOrAfter(from); day !== undefined && day <= to; day = shifted(day, 7 * every.weeks)) days.push(day);
    return days;
  }
  for (let k = 0; ; k += 1) {
    const month = addMonthsBounded(from, k * every.months);
    const day = month.beyond === undefined ? onOrAfter(month.day) : undefined;
    if (day === undefined || day > to) return days;
    days.push(day);
  }
}

/** The nearest school day of `day`'s school week inside `[from, to]`, earlier first on a tie. */
function nearestInWeek(calendar: SchoolCalendar, day: PlainDate, from: PlainDate, to: PlainDate, start: number): PlainDate | undefined {
  const sinceStart = (weekdays.indexOf(weekdayOf(day)) - start + 7) % 7;
  for (let distance = 1; distance < 7; distance += 1) {
    for (const [candidate, sinceWeekStart] of [[shifted(day, -distance), sinceStart - distance], [shifted(day, distance), sinceStart + distance]] as const) {
      const inWeek = sinceWeekStart >= 0 && sinceWeekStart < 7;
      if (candidate !== undefined && inWeek && candidate >= from && candidate <= to && isSchoolDay(calendar, candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/**
 * The dates of regular meetings on the school's calendar, for a learning
 * community's internal meetings (L3) or a school's sharing routine (H2). The
 * rhythm gives a planned day for each meeting from `from` to `to` (both
 * included): every `n` weeks on `weekday` (the weekday of `from` by
 * default), or every `n` months (the same day of the month as `from`, clamped
 * to the month's end; with `weekday`, the first such weekday on or after it). A planned day that is a school day is
 * kept. A planned day on which the school is closed moves to the nearest
 * school day in the same school week (the week starting the day after the
 * school's weekend), the earlier day on a tie, never outside `from`…`to`;
 * when its week has no school day left, the meeting is skipped. Moved and
 * skipped meetings are reported; none is dropped silently.
 *
 * @param calendar - The school's calendar.
 * @param options - `from`, `to`, `every` and optionally `weekday` and `locale`.
 * @returns The meeting days, every occurrence with what happened to it, and diagnostics.
 * @throws {@link InvalidInputError} when the options are invalid.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { recurringMeetings } from "collegiate/timeline";
 *
 * const calendar = defineSchoolCalendar({
 *   closures: [
 *     { name: "National Day", start: "2026-10-01" },
 *     { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" },
 *   ],
 * });
 * const schedule = recurringMeetings(calendar, { from: "2026-09-03", to: "2026-10-01", every: { weeks: 4 } });
 * schedule.meetings; // ["2026-09-03", "2026-09-30"]: Thursday 1 October is National Day
 * schedule.occurrences[1]?.status; // "moved"
 * ```
 */
export function recurringMeetings(calendar: SchoolCalendar, options: RecurringMeetingsOptions): MeetingSchedule {
  const locale = localeOf(options);
  const valid = parseOptions(
    RecurringMeetingsOptionsSchema.extend({ calendar: CalendarArgumentSchema }),
    { ...options, calendar },
    "what.meeting-options",
    locale,
  );
  // The checked calendar: a frozen copy of a plain object, read once for the whole call.
  const { from, to, every, calendar: school } = valid;
  const start = weekStart(school);
  const meetings: PlainDate[] = [];
  const occurrences: MeetingOccurrence[] = [];
  const diagnostics: Diagnostic[] = [];
  plannedDays(from, to, every, valid.weekday).forEach((planned, i) => {
    if (isSchoolDay(school, planned)) {
      meetings.push(planned);
      occurrences.push({ planned, status: "held", day: planned });
      return;
    }
    const closure = closedBecause(school, planned, locale);
    const day = nearestInWeek(school, planned, from, to, start);
    if (day === undefined) {
      occurrences.push({ planned, status: "skipped", closure });
      diagnostics.push({
        ruleId: "timeline/meeting-skipped",
        severity: "warning",
        ...timelineText(locale, "meeting-skipped", { planned, closure }),
        path: ["occurrences", i],
      });
      return;
    }
    meetings.push(day);
    occurrences.push({ planned, status: "moved", day, closure });
    diagnostics.push({
      ruleId: "timeline/meeting-moved",
      severity: "info",
      ...timelineText(locale, "meeting-moved", { planned, closure, day }),
      path: ["occurrences", i],
    });
  });
  return { meetings, occurrences, diagnostics };
}

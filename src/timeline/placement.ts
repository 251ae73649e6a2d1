/**
 * The calendar steps a scheduler takes, each falling back to plain calendar
 * arithmetic when the calendar has no school day there, with an error
 * diagnostic for the group concerned (once per group). Scheduling never
 * throws for a calendar that is too short, nor for a day past the supported
 * days 0001-01-01 … 9999-12-31: it says so. Internal module.
 */
import { addDaysBounded, type BoundedDay } from "../calendar/addDays.js";
import { addSchoolDays } from "../calendar/addSchoolDays.js";
import { nextSchoolDay } from "../calendar/nextSchoolDay.js";
import { NoSchoolDayError } from "../calendar/NoSchoolDayError.js";
import { plainDate, type PlainDate } from "../calendar/plainDate.js";
import { previousSchoolDay } from "../calendar/previousSchoolDay.js";
import { rollToSchoolDay } from "../calendar/rollToSchoolDay.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { en, type Locale } from "../text/locale.js";
import { groupLabel, type CompiledGroup } from "./compiledTemplate.js";
import { timelineMessage, timelineText } from "./message.js";

export interface Placement {
  readonly calendar: SchoolCalendar;
  readonly diagnostics: Diagnostic[];
  readonly groupsOutside: Set<CompiledGroup>;
  /** Groups already reported as falling before 0001-01-01 or after 9999-12-31. */
  readonly groupsBeyond: Set<CompiledGroup>;
  /** The language of the diagnostics. */
  readonly locale: Locale;
}

export function createPlacement(calendar: SchoolCalendar, diagnostics: Diagnostic[], locale: Locale = en): Placement {
  return { calendar, diagnostics, groupsOutside: new Set(), groupsBeyond: new Set(), locale };
}

/** The calendar's name for messages in `locale` (English by default). */
export function calendarName(calendar: SchoolCalendar, locale: Locale = en): string {
  return calendar.name === undefined
    ? timelineMessage(locale, "calendar.unnamed")
    : timelineMessage(locale, "calendar.named", { name: calendar.name });
}

function schoolDayBounds(calendar: SchoolCalendar): [PlainDate, PlainDate] | undefined {
  try {
    return [
      rollToSchoolDay(calendar, plainDate("0001-01-01"), "forward"),
      rollToSchoolDay(calendar, plainDate("9999-12-31"), "backward"),
    ];
  } catch (error) {
    if (error instanceof NoSchoolDayError) return undefined;
    throw error;
  }
}

/**
 * `bounded.day`; when the arithmetic that gave it ran past the supported
 * days, with an error for `group` (once per group) saying the day is held at
 * the end of the supported days.
 */
export function withinSupportedDays(placement: Placement, bounded: BoundedDay, group: CompiledGroup): PlainDate {
  const { beyond, day } = bounded;
  if (beyond !== undefined && !placement.groupsBeyond.has(group)) {
    placement.groupsBeyond.add(group);
    const { locale } = placement;
    placement.diagnostics.push({
      ruleId: "timeline/beyond-supported-days",
      severity: "error",
      ...timelineText(locale, `beyond-supported-days.${beyond}`, { stages: groupLabel(group, locale), day }),
      path: ["stages", group.first],
      ...(group.source === undefined ? {} : { source: group.source }),
    });
  }
  return day;
}

function fallBack(placement: Placement, error: unknown, group: CompiledGroup, stageIndex: number, bounded: BoundedDay): PlainDate {
  if (!(error instanceof NoSchoolDayError)) throw error;
  if (bounded.beyond !== undefined) return withinSupportedDays(placement, bounded, group);
  const { day } = bounded;
  if (!placement.groupsOutside.has(group)) {
    placement.groupsOutside.add(group);
    const { locale } = placement;
    const bounds = schoolDayBounds(placement.calendar);
    const calendar = calendarName(placement.calendar, locale);
    const stages = groupLabel(group, locale);
    const text =
      bounds === undefined
        ? timelineText(locale, "outside-calendar.empty", { stages, day, calendar })
        : timelineText(locale, "outside-calendar", { stages, day, calendar, first: bounds[0], last: bounds[1] });
    placement.diagnostics.push({
      ruleId: "timeline/outside-calendar",
      severity: "error",
      ...text,
      path: ["stages", stageIndex],
      ...(group.source === undefined ? {} : { source: group.source }),
    });
  }
  return day;
}

/** `day` when it is a school day, else the school day before it. */
export function onOrBefore(placement: Placement, day: PlainDate, group: CompiledGroup): PlainDate {
  try {
    return rollToSchoolDay(placement.calendar, day, "backward");
  } catch (error) {
    return fallBack(placement, error, group, group.first, { day });
  }
}

/** The last school day strictly before `day`. */
export function lastBefore(placement: Placement, day: PlainDate, group: CompiledGroup): PlainDate {
  try {
    return previousSchoolDay(placement.calendar, day);
  } catch (error) {
    return fallBack(placement, error, group, group.first, addDaysBounded(day, -1));
  }
}

/** The first school day strictly after `day`. */
export function firstAfter(placement: Placement, day: PlainDate, group: CompiledGroup): PlainDate {
  try {
    return nextSchoolDay(placement.calendar, day);
  } catch (error) {
    return fallBack(placement, error, group, group.first, addDaysBounded(day, 1));
  }
}

/** The `amount`-th school day after `day` (`amount` ≥ 1). */
export function schoolDaysAfter(placement: Placement, day: PlainDate, amount: number, group: CompiledGroup): PlainDate {
  try {
    return addSchoolDays(placement.calendar, day, amount);
  } catch (error) {
    return fallBack(placement, error, group, group.first, addDaysBounded(day, amount));
  }
}

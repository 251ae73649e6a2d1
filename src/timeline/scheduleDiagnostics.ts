/**
 * Diagnostics both schedulers raise: a closed anchor day and a stage window
 * without a school day of its own. Internal module.
 */
import { isSchoolDay } from "../calendar/isSchoolDay.js";
import { nextSchoolDay } from "../calendar/nextSchoolDay.js";
import { NoSchoolDayError } from "../calendar/NoSchoolDayError.js";
import type { PlainDate } from "../calendar/plainDate.js";
import { previousSchoolDay } from "../calendar/previousSchoolDay.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { en, type Locale } from "../text/locale.js";
import { closedBecause } from "./closedBecause.js";
import { groupLabel, type CompiledGroup } from "./compiledTemplate.js";
import { timelineMessage, timelineText } from "./message.js";

function nearest(step: () => PlainDate, locale: Locale): string {
  try {
    return step();
  } catch (error) {
    if (error instanceof NoSchoolDayError) return timelineMessage(locale, "no-nearby-school-day");
    throw error;
  }
}

/** An error diagnostic when the anchor day (activity or start day) is closed. */
export function anchorDayClosed(
  calendar: SchoolCalendar,
  day: PlainDate,
  which: "activity" | "start",
  source: CompiledGroup["source"],
  locale: Locale = en,
): Diagnostic | undefined {
  if (isSchoolDay(calendar, day)) return undefined;
  const after = nearest(() => nextSchoolDay(calendar, day), locale);
  const closure = closedBecause(calendar, day, locale);
  const diagnostic: Diagnostic =
    which === "activity"
      ? {
          ruleId: "timeline/activity-day-closed",
          severity: "error",
          ...timelineText(locale, "activity-day-closed", { day, closure, before: nearest(() => previousSchoolDay(calendar, day), locale), after }),
          path: ["activityDay"],
        }
      : {
          ruleId: "timeline/start-day-closed",
          severity: "error",
          ...timelineText(locale, "start-day-closed", { day, closure, after }),
          path: ["startDay"],
        };
  return source === undefined ? diagnostic : { ...diagnostic, source };
}

/** A warning when a group's window holds no school day of its own. */
export function windowWithoutSchoolDay(
  group: CompiledGroup,
  from: PlainDate,
  until: PlainDate,
  day: PlainDate,
  locale: Locale = en,
): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: "timeline/window-without-school-day",
    severity: "warning",
    ...timelineText(locale, "window-without-school-day", { stages: groupLabel(group, locale), from, until, day }),
    path: ["stages", group.first],
  };
  return group.source === undefined ? diagnostic : { ...diagnostic, source: group.source };
}

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
import { closedBecause } from "./closedBecause.js";
import type { CompiledGroup } from "./compiledTemplate.js";
import { timelineMessage } from "./message.js";

function nearest(step: () => PlainDate): string {
  try {
    return step();
  } catch (error) {
    if (error instanceof NoSchoolDayError) return timelineMessage("no-nearby-school-day");
    throw error;
  }
}

/** An error diagnostic when the anchor day (activity or start day) is closed. */
export function anchorDayClosed(
  calendar: SchoolCalendar,
  day: PlainDate,
  which: "activity" | "start",
  source: CompiledGroup["source"],
): Diagnostic | undefined {
  if (isSchoolDay(calendar, day)) return undefined;
  const after = nearest(() => nextSchoolDay(calendar, day));
  const closure = closedBecause(calendar, day);
  const diagnostic: Diagnostic =
    which === "activity"
      ? {
          ruleId: "timeline/activity-day-closed",
          severity: "error",
          message: timelineMessage("activity-day-closed", { day, closure }),
          path: ["activityDay"],
          hint: timelineMessage("activity-day-closed.hint", { before: nearest(() => previousSchoolDay(calendar, day)), after }),
        }
      : {
          ruleId: "timeline/start-day-closed",
          severity: "error",
          message: timelineMessage("start-day-closed", { day, closure }),
          path: ["startDay"],
          hint: timelineMessage("start-day-closed.hint", { after }),
        };
  return source === undefined ? diagnostic : { ...diagnostic, source };
}

/** A warning when a group's window holds no school day of its own. */
export function windowWithoutSchoolDay(group: CompiledGroup, from: PlainDate, until: PlainDate, day: PlainDate): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: "timeline/window-without-school-day",
    severity: "warning",
    message: timelineMessage("window-without-school-day", { stages: group.label, from, until, day }),
    path: ["stages", group.first],
  };
  return group.source === undefined ? diagnostic : { ...diagnostic, source: group.source };
}

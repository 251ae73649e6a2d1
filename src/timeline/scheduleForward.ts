import { match, P } from "ts-pattern";
import { z } from "zod";
import { addMonthsBounded } from "../calendar/addMonths.js";
import { PlainDateSchema, type PlainDate } from "../calendar/plainDate.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { localeOf } from "../text/locale.js";
import { buildTimeline } from "./buildTimeline.js";
import { compiledTemplate, type CompiledGroup } from "./compiledTemplate.js";
import type { Duration } from "./duration.js";
import { createPlacement, firstAfter, lastBefore, schoolDaysAfter, withinSupportedDays, type Placement } from "./placement.js";
import type { ForwardPlanTemplate } from "./planTemplate.js";
import { parseOptions, planFields } from "./planOptions.js";
import { anchorDayClosed, windowWithoutSchoolDay } from "./scheduleDiagnostics.js";
import { textsIn } from "./templateTextsIn.js";
import type { Timeline } from "./timeline.js";

/**
 * Schema of the options of {@link scheduleForward}.
 *
 * @example
 * ```ts
 * import { ScheduleForwardOptionsSchema } from "collegiate/timeline";
 *
 * ScheduleForwardOptionsSchema.shape.phaseLength.unwrap().options; // ["shortest", "longest"]
 * ```
 */
export const ScheduleForwardOptionsSchema = z.strictObject({
  /** The day of the first stage, such as the first coaching session; it must be a school day. */
  startDay: PlainDateSchema,
  ...planFields,
  /** For phases with a shortest and a longest length (P2: 1–2 months): which to use. `"longest"` by default. */
  phaseLength: z.enum(["shortest", "longest"]).optional(),
});

/**
 * Options of {@link scheduleForward}. Days may be given as `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import type { ScheduleForwardOptions } from "collegiate/timeline";
 *
 * const options: ScheduleForwardOptions = { startDay: "2026-09-07", calendar: defineSchoolCalendar({}), phaseLength: "shortest" };
 * ```
 */
export type ScheduleForwardOptions = z.input<typeof ScheduleForwardOptionsSchema>;

/** The last school day before the day `months` after `opensOn` (held at 9999-12-31, with an error, past it). */
function monthsLater(placement: Placement, opensOn: PlainDate, months: number, group: CompiledGroup): PlainDate {
  return lastBefore(placement, withinSupportedDays(placement, addMonthsBounded(opensOn, months), group), group);
}

function dueDay(placement: Placement, group: CompiledGroup, opensOn: PlainDate, phaseLength: "shortest" | "longest"): PlainDate {
  return match(group.duration as Duration)
    .with({ session: P.string }, () => opensOn)
    .with({ schoolDays: P.number }, ({ schoolDays }) =>
      schoolDays === 1 ? opensOn : schoolDaysAfter(placement, opensOn, schoolDays - 1, group),
    )
    .with({ months: P.number }, ({ months }) => monthsLater(placement, opensOn, months, group))
    .with({ months: { shortest: P.number, longest: P.number } }, ({ months }) => monthsLater(placement, opensOn, months[phaseLength], group))
    .exhaustive();
}

/**
 * Schedules a plan forward from its start day on the school's calendar, as
 * the peer coaching programme runs from its first session. The rules:
 *
 * 1. The first group opens on the start day, which must be a school day: when
 *    it is not, the timeline carries the error `timeline/start-day-closed`.
 * 2. Each later group opens on the first school day after the previous group
 *    is due.
 * 3. A session (`{ session: "full-day" | "half-day" }`) opens and is due on
 *    that school day; `{ schoolDays: n }` is due on the n-th school day of the
 *    group; a phase of `n` months (`{ months: n }`) is due on the last school
 *    day before the same date `n` months after it opens (months clamped to a
 *    shorter month's end). A phase of `{ shortest, longest }` months takes the
 *    length `phaseLength` chooses, the longest by default.
 * 4. With `asOf`, every stage gets a `status`: `upcoming`, `open` or `late`.
 *
 * When the calendar has no school day where one is needed, the plain date is
 * kept with the error `timeline/outside-calendar`. A date that would fall
 * after 9999-12-31 is held there with the error
 * `timeline/beyond-supported-days`. Scheduling never throws for the
 * calendar's sake, nor for the start day's.
 *
 * With `{ locale: zhHant }`, the diagnostics are in Traditional Chinese, and so
 * are the titles and tasks of a built-in template; a template's own texts
 * stay as written.
 * A locale of your own translates the built-in templates with the codes
 * `template/<template id>/<stage id>/title|external|internal` (tasks as lines),
 * and whatever it leaves out stays English. Every diagnostic carries its
 * `code` and `params`, so `localizeDiagnostics` writes it again in any language.
 *
 * @param template - A forward template, such as {@link peerCoachingProgramme}.
 * @param options - The start day, the calendar, and optionally `phaseLength`, `asOf`, `planId`, `school`, `people`, `locale`.
 * @returns The timeline, with its diagnostics.
 * @throws {@link InvalidInputError} when the options or a template read from JSON are invalid.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { peerCoachingProgramme, scheduleForward } from "collegiate/timeline";
 *
 * const calendar = defineSchoolCalendar({
 *   closures: [{ name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" }],
 * });
 * const programme = scheduleForward(peerCoachingProgramme, { startDay: "2026-09-07", calendar, phaseLength: "shortest" });
 * programme.stages.map((s) => `${s.id} ${s.opensOn}…${s.dueOn}`);
 * // ["P1 2026-09-07…2026-09-07", "P2 2026-09-08…2026-10-07", "P3 2026-10-08…2026-10-08",
 * //  "P4 2026-10-09…2027-01-08", "P5 2027-01-11…2027-01-11", "P6 2027-01-12…2027-04-09",
 * //  "P7 2027-04-12…2027-04-12"]
 * ```
 */
export function scheduleForward(template: ForwardPlanTemplate, options: ScheduleForwardOptions): Timeline {
  const locale = localeOf(options);
  const compiled = compiledTemplate(template, locale);
  if (compiled.template.schedule !== "forward") {
    throw new TypeError(`scheduleForward needs a template with schedule "forward"; "${compiled.template.id}" is scheduled backward: use scheduleBackward.`);
  }
  const parsed = parseOptions(ScheduleForwardOptionsSchema, options, "what.scheduling-options", locale);
  const { startDay, calendar } = parsed;
  const phaseLength = parsed.phaseLength ?? "longest";
  const diagnostics: Diagnostic[] = [];
  const placement = createPlacement(calendar, diagnostics, locale);
  const closed = anchorDayClosed(calendar, startDay, "start", compiled.groups[0]?.source, locale);
  if (closed !== undefined) diagnostics.push(closed);
  const opens: PlainDate[] = [];
  const dues: PlainDate[] = [];
  compiled.groups.forEach((group, g) => {
    const previousDue = dues[g - 1];
    const opensOn = previousDue === undefined ? startDay : firstAfter(placement, previousDue, group);
    let dueOn = dueDay(placement, group, opensOn, phaseLength);
    if (dueOn < opensOn) {
      diagnostics.push(windowWithoutSchoolDay(group, opensOn, dueOn, opensOn, locale));
      dueOn = opensOn;
    }
    opens.push(opensOn);
    dues.push(dueOn);
  });
  return buildTimeline(compiled, startDay, parsed, opens, dues, diagnostics, textsIn(compiled, locale));
}

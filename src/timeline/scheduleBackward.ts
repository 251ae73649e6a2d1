import { z } from "zod";
import { compareDays } from "../calendar/compareDays.js";
import { PlainDateSchema, type PlainDate } from "../calendar/plainDate.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { localeOf } from "../text/locale.js";
import { buildTimeline } from "./buildTimeline.js";
import { compiledTemplate, type CompiledGroup } from "./compiledTemplate.js";
import { compressPreparation } from "./compressPreparation.js";
import { addOffsetBounded, type Offset } from "./offset.js";
import { createPlacement, firstAfter, lastBefore, onOrBefore, withinSupportedDays, type Placement } from "./placement.js";
import type { BackwardPlanTemplate } from "./planTemplate.js";
import { parseOptions, planFields } from "./planOptions.js";
import { anchorDayClosed, windowWithoutSchoolDay } from "./scheduleDiagnostics.js";
import { textsIn } from "./templateTextsIn.js";
import type { Timeline } from "./timeline.js";

/**
 * Schema of the options of {@link scheduleBackward}.
 *
 * @example
 * ```ts
 * import { ScheduleBackwardOptionsSchema } from "collegiate/timeline";
 *
 * ScheduleBackwardOptionsSchema.shape.activityDay.safeParse("2027-02-29").success; // false
 * ```
 */
export const ScheduleBackwardOptionsSchema = z.strictObject({
  /** The day the activity takes place (T); it must be a school day. */
  activityDay: PlainDateSchema,
  ...planFields,
  /** With `asOf` after the first stage opens: re-spread the stages before the activity day over the school days left. */
  compress: z.boolean().optional(),
});

/**
 * Options of {@link scheduleBackward}. Days may be given as `YYYY-MM-DD`
 * strings; they are checked.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import type { ScheduleBackwardOptions } from "collegiate/timeline";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: ScheduleBackwardOptions = {
 *   activityDay: "2027-03-18",
 *   calendar: defineSchoolCalendar({}),
 *   asOf: "2027-02-11",
 *   compress: true,
 *   planId: "harbour-2027-sharing-day",
 *   school: "harbour-secondary",
 *   locale: zhHant,
 * };
 * ```
 */
export type ScheduleBackwardOptions = z.input<typeof ScheduleBackwardOptionsSchema>;

/**
 * Schedules a plan backward from its activity day (T) on the school's
 * calendar, as the joint-school sharing workflow counts back from the day of
 * the activity. The rules, for a template whose stage groups each have an
 * offset from T:
 *
 * 1. A group's **offset date** is T plus its offset in calendar arithmetic
 *    (months first, clamped to the end of a shorter month; then weeks and days).
 * 2. A group **before T** opens on its offset date rolled back to a school
 *    day, and is due on the last school day before the next group opens (the
 *    last group before T: the last school day before T).
 * 3. The group **at T** (offset zero, S8) opens and is due on T, which must be
 *    a school day: when it is not, the timeline carries the error
 *    `timeline/activity-day-closed`, naming the closure.
 * 4. A group **after T** (S9) opens on the first school day after the previous
 *    group is due (after T) and is due on its offset date rolled back to a
 *    school day.
 * 5. With `asOf`, every stage gets a `status`: `upcoming`, `open` or `late`.
 * 6. When `asOf` is after the first group opens, the plan is still returned
 *    with the late stages marked. With `compress: true`, the groups before T
 *    (a timeline records no progress, so all of them are still to do) are
 *    re-spread over the school days from `asOf` to the day before T, in order,
 *    in proportion to their original lengths in school days, at least one
 *    school day each (one day each, then the rest by the largest-remainder
 *    method), each with a `timeline/compressed` warning giving its old and new
 *    dates. When fewer school days are left than groups, the plan is not
 *    compressed and carries the error `timeline/insufficient-lead-time`.
 *
 * When a group has no school day of its own (a long holiday between two
 * offset dates), it opens and is due on the day the rules give it, with the
 * warning `timeline/window-without-school-day`; when the calendar has no
 * school day where one is needed, the plain date is kept with the error
 * `timeline/outside-calendar`. A date that would fall before 0001-01-01 or
 * after 9999-12-31 is held at that end with the error
 * `timeline/beyond-supported-days`. Scheduling never throws for the
 * calendar's sake, nor for the activity day's. Every date computation is a calendar lookup of O(log k) for k
 * closures.
 *
 * With `{ locale: zhHant }`, the diagnostics are in Traditional Chinese, and so
 * are the titles and tasks of a built-in template (and of stages that keep a
 * built-in template's wording); a template's own texts stay as written. A
 * locale of your own translates the built-in templates with the codes
 * `template/<template id>/<stage id>/title|external|internal` (tasks as lines),
 * and whatever it leaves out stays English. Every diagnostic carries its
 * `code` and `params`, so `localizeDiagnostics` writes it again in any language.
 *
 * @param template - A backward template, such as {@link jointSchoolSharing}.
 * @param options - The activity day, the calendar, and optionally `asOf`, `compress`, `planId`, `school`, `people`, `locale`.
 * @returns The timeline, with its diagnostics.
 * @throws {@link InvalidInputError} when the options or a template read from JSON are invalid.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward } from "collegiate/timeline";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const calendar = defineSchoolCalendar({
 *   closures: [
 *     { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" },
 *     { name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12" },
 *   ],
 * });
 * const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar });
 * timeline.stages.map((s) => `${s.id} ${s.opensOn}…${s.dueOn}`);
 * // ["S1 2026-12-18…2027-01-15", "S2 2026-12-18…2027-01-15", "S3 2026-12-18…2027-01-15",
 * //  "S4 2027-01-18…2027-02-17", "S5 2027-01-18…2027-02-17", "S6 2027-02-18…2027-03-03",
 * //  "S7 2027-03-04…2027-03-17", "S8 2027-03-18…2027-03-18", "S9 2027-03-19…2027-04-16"]
 *
 * scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, locale: zhHant }).stages[0]?.title;
 * // "組織工作小組"
 * ```
 */
export function scheduleBackward(template: BackwardPlanTemplate, options: ScheduleBackwardOptions): Timeline {
  const locale = localeOf(options);
  const compiled = compiledTemplate(template, locale);
  if (compiled.template.schedule !== "backward") {
    throw new TypeError(`scheduleBackward needs a template with schedule "backward"; "${compiled.template.id}" is scheduled forward: use scheduleForward.`);
  }
  const parsed = parseOptions(ScheduleBackwardOptionsSchema, options, "what.scheduling-options", locale);
  const { activityDay, calendar, asOf, compress } = parsed;
  const { groups } = compiled;
  const diagnostics: Diagnostic[] = [];
  const placement = createPlacement(calendar, diagnostics, locale);
  const bounded = groups.map((group) => addOffsetBounded(activityDay, group.offset as Offset));
  const offsetDays = bounded.map((offsetDay, g) => withinSupportedDays(placement, offsetDay, groups[g] as CompiledGroup));
  // Which side of T each group falls on: by its offset date, or by the end of the supported days it ran past.
  const sides = bounded.map(({ day, beyond }) => (beyond === "before" ? -1 : beyond === "after" ? 1 : compareDays(day, activityDay)));
  const opens: PlainDate[] = [];
  const dues: PlainDate[] = [];

  const anchor = groups.find((_, g) => sides[g] === 0);
  const closed = anchorDayClosed(calendar, activityDay, "activity", anchor?.source, locale);
  if (closed !== undefined) diagnostics.push(closed);

  let before = 0;
  groups.forEach((group, g) => {
    const side = sides[g] as number;
    if (side < 0) {
      opens[g] = onOrBefore(placement, offsetDays[g] as PlainDate, group);
      before = g + 1;
    } else if (side === 0) {
      opens[g] = activityDay;
      dues[g] = activityDay;
    }
  });
  for (let g = 0; g < before; g += 1) {
    const next = g + 1 < groups.length && (sides[g + 1] as number) <= 0 ? (opens[g + 1] as PlainDate) : activityDay;
    dues[g] = dueBefore(placement, groups[g] as CompiledGroup, opens[g] as PlainDate, next, offsetDays[g] as PlainDate, offsetDays[g + 1] ?? activityDay);
  }
  let previousDue = activityDay;
  groups.forEach((group, g) => {
    if ((sides[g] as number) <= 0) return;
    const day = offsetDays[g] as PlainDate;
    const opensOn = firstAfter(placement, previousDue, group);
    let dueOn = onOrBefore(placement, day, group);
    if (dueOn < opensOn) {
      diagnostics.push(windowWithoutSchoolDay(group, previousDue, day, opensOn, locale));
      dueOn = opensOn;
    }
    opens[g] = opensOn;
    dues[g] = dueOn;
    previousDue = dueOn;
  });

  if (compress === true && asOf !== undefined && before > 0 && asOf > (opens[0] as PlainDate)) {
    compressPreparation(calendar, groups, before, opens, dues, activityDay, asOf, diagnostics, locale);
  }
  return buildTimeline(compiled, activityDay, parsed, opens, dues, diagnostics, textsIn(compiled, locale));
}

function dueBefore(placement: Placement, group: CompiledGroup, opensOn: PlainDate, next: PlainDate, from: PlainDate, until: PlainDate): PlainDate {
  const dueOn = lastBefore(placement, next, group);
  if (dueOn >= opensOn) return dueOn;
  placement.diagnostics.push(windowWithoutSchoolDay(group, from, until, opensOn, placement.locale));
  return opensOn;
}

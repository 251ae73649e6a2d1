import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { DiagnosticSchema } from "../diagnostics/diagnostic.js";
import { parseLocale } from "./planOptions.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import type { LocaleOptions } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { SourceDocumentIdSchema, SourceRefSchema } from "../diagnostics/sourceDocuments.js";
import { timelineTemplates } from "./message.js";
import { IdSchema, StageKindSchema, TasksSchema } from "./planTemplate.js";
import { StageStatusSchema } from "./stageStatus.js";

/**
 * Schema of one stage of a timeline: the template's stage with its window,
 * from the day it opens to the day it is due (both school days, both
 * included).
 *
 * @example
 * ```ts
 * import { TimelineStageSchema } from "collegiate/timeline";
 *
 * TimelineStageSchema.parse({
 *   id: "S8",
 *   title: "Coordination on the day",
 *   group: "activity-day",
 *   kind: "activity",
 *   tasks: { external: ["Host the activity"], internal: [] },
 *   opensOn: "2027-03-18",
 *   dueOn: "2027-03-18",
 * });
 * ```
 */
export const TimelineStageSchema = z
  .strictObject({
    /** The stage's id in its template, such as `S4`. */
    id: IdSchema,
    /** The stage's title. */
    title: z.string().min(1),
    /** The group the stage opens and is due with. */
    group: IdSchema,
    /** How the stage takes up the plan's people. */
    kind: StageKindSchema,
    /** External and internal work. */
    tasks: TasksSchema,
    /** The clause of the source document the stage comes from. */
    clause: SourceRefSchema.shape.clause.optional(),
    /** The first day of the stage's window. */
    opensOn: PlainDateSchema,
    /** The last day of the stage's window: the stage is done by the end of this day. */
    dueOn: PlainDateSchema,
    /** Where the stage stands on the timeline's `asOf` day, when one was given. */
    status: StageStatusSchema.optional(),
  })
  .check((ctx) => {
    if (ctx.value.dueOn < ctx.value.opensOn) {
      const { id, dueOn, opensOn } = ctx.value;
      ctx.issues.push(schemaIssue("timeline/timeline.due-before-open", { id, dueOn, opensOn }, { ruleId: "due-before-open", path: ["dueOn"], input: ctx.value }));
    }
  });

/**
 * One stage of a timeline, with its dates.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward, type TimelineStage } from "collegiate/timeline";
 *
 * const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });
 * const evaluation: TimelineStage | undefined = timeline.stages.find((stage) => stage.id === "S9");
 * ```
 */
export type TimelineStage = z.infer<typeof TimelineStageSchema>;

/**
 * Schema of a timeline: every stage of one plan on the school's calendar,
 * with the diagnostics found while scheduling it. A timeline is plain data:
 * it survives `JSON.parse(JSON.stringify(timeline))`, and
 * {@link parseTimeline} checks one read back.
 *
 * @example
 * ```ts
 * import { TimelineSchema } from "collegiate/timeline";
 *
 * TimelineSchema.shape.stages; // the stages' schema
 * ```
 */
export const TimelineSchema = z.strictObject({
  /** The plan's id: given when scheduling, or the template id and the anchor day. Stable calendar UIDs come from it. */
  planId: z.string().trim().min(1).max(200),
  /** The id of the template the plan follows. */
  templateId: IdSchema,
  /** The template's title. */
  title: z.string().min(1),
  /** `"backward"` from an activity day, or `"forward"` from a start day. */
  schedule: z.enum(["backward", "forward"]),
  /** The activity day (backward) or the start day (forward). */
  anchorDay: PlainDateSchema,
  /** The day the stages' `status` was judged on, when one was given. */
  asOf: PlainDateSchema.optional(),
  /** The school the plan belongs to; {@link findClashes} compares plans of the same school. */
  school: z.string().trim().min(1).optional(),
  /** Who the plan needs (staff ids, names or roles); omitted means the whole staff. */
  people: z.array(z.string().trim().min(1)).optional(),
  /** The source document the template follows. */
  document: SourceDocumentIdSchema.optional(),
  /** The stages, in the template's order. */
  stages: z.array(TimelineStageSchema).min(1),
  /** What scheduling found: a closed activity day, compression, days outside the calendar. */
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * Every stage of one plan on the school's calendar, with what scheduling
 * found. Plain JSON data.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward, type Timeline } from "collegiate/timeline";
 *
 * const timeline: Timeline = scheduleBackward(jointSchoolSharing, {
 *   activityDay: "2027-03-18",
 *   calendar: defineSchoolCalendar({}),
 * });
 * timeline.stages.map((stage) => stage.id); // ["S1", "S2", …, "S9"]
 * ```
 */
export type Timeline = z.infer<typeof TimelineSchema>;

/**
 * Checks a timeline read back from storage (parsed JSON) and returns it
 * typed, or the diagnostics saying what is wrong with it.
 *
 * @param input - Anything; typically `JSON.parse` of a stored timeline.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns `{ ok: true, value: timeline }` or `{ ok: false, diagnostics }`.
 * An `options.locale` that is not a locale is one more diagnostic, at `locale` (in English), never a throw.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, parseTimeline, scheduleBackward } from "collegiate/timeline";
 *
 * const stored = JSON.stringify(
 *   scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) }),
 * );
 * parseTimeline(JSON.parse(stored)).ok; // true
 * ```
 */
export function parseTimeline(input: unknown, options?: LocaleOptions): Result<Timeline> {
  const locale = parseLocale(options);
  if (!locale.success) return { ok: false, diagnostics: locale.diagnostics };
  const parsed = parseInput(TimelineSchema, input, locale.data, timelineTemplates);
  return parsed.success ? { ok: true, value: parsed.data, diagnostics: [] } : { ok: false, diagnostics: parsed.diagnostics };
}

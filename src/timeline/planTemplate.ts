import { z } from "zod";
import { deepFreeze } from "../calendar/schoolCalendar.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import { SourceDocumentIdSchema, SourceRefSchema } from "../diagnostics/sourceDocuments.js";
import type { MessageParams } from "../text/formatMessage.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import { parseLocale } from "./planOptions.js";
import type { LocaleOptions } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { DurationSchema, sameDuration, type Duration } from "./duration.js";
import { timelineMessage, timelineTemplates } from "./message.js";
import type { TimelineMessageId } from "./messages.js";
import { OffsetSchema, offsetSpan, sameOffset, type Offset } from "./offset.js";

/** Schema of a template or stage id. @internal */
export const IdSchema = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: () => "timeline/template.stage-id" });

const TextSchema = z.string().trim().min(1);

/**
 * Schema of what a stage involves: work between the schools (`external`) and
 * inside the school (`internal`), one task a line. Both default to none.
 *
 * @example
 * ```ts
 * import { TasksSchema } from "collegiate/timeline";
 *
 * TasksSchema.parse({ external: ["Host the activity"] }); // { external: ["Host the activity"], internal: [] }
 * ```
 */
export const TasksSchema = z.strictObject({
  /** Work with the other schools, in the working group. */
  external: z.array(TextSchema).default([]),
  /** Work inside the school, between the representative and the staff. */
  internal: z.array(TextSchema).default([]),
});

/**
 * The external and internal tasks of a stage.
 *
 * @example
 * ```ts
 * import type { Tasks } from "collegiate/timeline";
 *
 * const tasks: Tasks = { external: ["Host the activity"], internal: [] };
 * ```
 */
export type Tasks = z.infer<typeof TasksSchema>;

/**
 * Schema of how a stage takes up the people of its plan, which is what
 * {@link findClashes} compares:
 *
 * - `"task"`: work fitted around teaching; never clashes;
 * - `"busy"`: the plan's people are taken up from the stage's opening day to
 *   its due day (the final arrangements before an activity, S7);
 * - `"activity"`: the day the activity itself takes place (S8, a coaching
 *   session, an observed lesson).
 *
 * @example
 * ```ts
 * import { StageKindSchema } from "collegiate/timeline";
 *
 * StageKindSchema.options; // ["task", "busy", "activity"]
 * ```
 */
export const StageKindSchema = z.enum(["task", "busy", "activity"]);

/**
 * How a stage takes up the people of its plan: `"task"`, `"busy"` or `"activity"`.
 *
 * @example
 * ```ts
 * import type { StageKind } from "collegiate/timeline";
 *
 * const kind: StageKind = "activity";
 * ```
 */
export type StageKind = z.infer<typeof StageKindSchema>;

const stageFields = {
  /** Unique within the template: letters, digits, `-` and `_`, such as `S1` or `lesson-1`. */
  id: IdSchema,
  /** What the stage is, for people. */
  title: TextSchema,
  /** Stages of one group open and are due together; a stage is its own group when omitted. Groups are listed in time order. */
  group: IdSchema.optional(),
  /** External and internal work. */
  tasks: TasksSchema.default({ external: [], internal: [] }),
  /** Stages that must be completed before this one can be. */
  dependsOn: z.array(IdSchema).default([]),
  /** How the stage takes up the plan's people; `"task"` by default. */
  kind: StageKindSchema.default("task"),
  /** The clause of the template's source document the stage comes from, such as `S3`. */
  clause: SourceRefSchema.shape.clause.optional(),
};

const templateFields = {
  /** The template's id, such as `joint-school-sharing`. */
  id: IdSchema,
  /** The template's name, for people. */
  title: TextSchema,
  /** The source document the template follows, cited by its diagnostics. */
  document: SourceDocumentIdSchema.optional(),
};

/**
 * Schema of one stage of a backward-scheduled template.
 *
 * @example
 * ```ts
 * import { BackwardStageSchema } from "collegiate/timeline";
 *
 * BackwardStageSchema.parse({ id: "S7", title: "Confirmation of arrangements", offset: { weeks: -2 }, kind: "busy" });
 * ```
 */
export const BackwardStageSchema = z.strictObject({
  ...stageFields,
  /** When the stage's group opens, from the activity day; one stage of each group gives it, and the others may repeat it. */
  offset: OffsetSchema.optional(),
});

/**
 * Schema of one stage of a forward-scheduled template.
 *
 * @example
 * ```ts
 * import { ForwardStageSchema } from "collegiate/timeline";
 *
 * ForwardStageSchema.parse({ id: "P3", title: "Session 2", duration: { session: "half-day" }, kind: "activity" });
 * ```
 */
export const ForwardStageSchema = z.strictObject({
  ...stageFields,
  /** How long the stage's group lasts; one stage of each group gives it, and the others may repeat it. */
  duration: DurationSchema.optional(),
});

type StageLike = {
  id: string;
  group?: string | undefined;
  dependsOn: string[];
  offset?: Offset | undefined;
  duration?: Duration | undefined;
};
type Context = z.core.ParsePayload<{ stages: StageLike[] }>;

function report(
  ctx: Context,
  path: (string | number)[],
  id: TimelineMessageId,
  params: MessageParams,
  ruleId: string,
): void {
  ctx.issues.push(schemaIssue(`timeline/${id}`, params, { ruleId, path, input: ctx.value }));
}

/** The index of each stage's group, in order of first appearance; reports scattered groups. */
function checkGroups(ctx: Context): number[][] {
  const groups: number[][] = [];
  const indexOfGroup = new Map<string, number>();
  let previous: string | undefined;
  ctx.value.stages.forEach((stage, i) => {
    const group = stage.group ?? stage.id;
    let index = indexOfGroup.get(group);
    if (group !== previous && index !== undefined) {
      report(ctx, ["stages", i, "group"], "template.group-not-contiguous", { group, id: stage.id }, "group-not-contiguous");
    }
    if (index === undefined) {
      index = groups.length;
      indexOfGroup.set(group, index);
      groups.push([]);
    }
    groups[index]?.push(i);
    previous = group;
  });
  return groups;
}

function checkDependencies(ctx: Context, groupOfStage: readonly number[]): void {
  const { stages } = ctx.value;
  const indexOf = new Map<string, number>();
  stages.forEach((stage, i) => {
    const first = indexOf.get(stage.id);
    if (first === undefined) indexOf.set(stage.id, i);
    else report(ctx, ["stages", i, "id"], "template.duplicate-stage-id", { id: stage.id, first: first + 1 }, "duplicate-stage-id");
  });
  stages.forEach((stage, i) =>
    stage.dependsOn.forEach((dependency, j) => {
      const k = indexOf.get(dependency);
      if (k === undefined) {
        report(ctx, ["stages", i, "dependsOn", j], "template.unknown-stage", { id: stage.id, dependency }, "unknown-stage");
      } else if ((groupOfStage[k] as number) > (groupOfStage[i] as number)) {
        report(ctx, ["stages", i, "dependsOn", j], "template.depends-on-later-stage", { id: stage.id, dependency }, "depends-on-later-stage");
      }
    }),
  );
  // Depth-first search; an edge back to a stage on the stack closes a cycle.
  const state = new Uint8Array(stages.length);
  const stack: number[] = [];
  const visit = (i: number): void => {
    state[i] = 1;
    stack.push(i);
    stages[i]?.dependsOn.forEach((dependency, j) => {
      const k = indexOf.get(dependency);
      if (k === undefined) return;
      if (state[k] === 1) {
        const cycle = [...stack.slice(stack.indexOf(k)), k].map((n) => stages[n]?.id).join(" → ");
        report(ctx, ["stages", i, "dependsOn", j], "template.dependency-cycle", { id: dependency, cycle }, "dependency-cycle");
      } else if (state[k] === 0) {
        visit(k);
      }
    });
    stack.pop();
    state[i] = 2;
  };
  stages.forEach((_, i) => {
    if (state[i] === 0) visit(i);
  });
}

function groupName(ctx: Context, group: readonly number[]): string {
  // A group holds at least one stage.
  const stage = ctx.value.stages[group[0] as number] as (typeof ctx.value.stages)[number];
  return stage.group ?? stage.id;
}

/**
 * The one value each group gives its stages (an offset or a duration):
 * reports a group without one and a stage that disagrees.
 */
function groupValues<T>(
  ctx: Context,
  groups: readonly number[][],
  field: "offset" | "duration",
  same: (a: T, b: T) => boolean,
): ({ value: T; stage: number } | undefined)[] {
  return groups.map((group) => {
    let found: { value: T; stage: number } | undefined;
    for (const i of group) {
      const value = ctx.value.stages[i]?.[field] as T | undefined;
      if (value === undefined) continue;
      if (found === undefined) found = { value, stage: i };
      else if (!same(found.value, value)) {
        const mismatch = field === "offset" ? "template.group-offset-mismatch" : "template.group-duration-mismatch";
        report(ctx, ["stages", i, field], mismatch, { id: ctx.value.stages[i]?.id ?? "", group: groupName(ctx, group) }, `group-${field}-mismatch`);
      }
    }
    if (found === undefined) {
      const missing = field === "offset" ? "template.group-without-offset" : "template.group-without-duration";
      report(ctx, ["stages", group[0] ?? 0, field], missing, { group: groupName(ctx, group) }, `group-without-${field}`);
    }
    return found;
  });
}

function checkOffsets(ctx: Context, groups: readonly number[][]): void {
  const offsets = groupValues<Offset>(ctx, groups, "offset", sameOffset);
  let previous: { span: [number, number]; group: string } | undefined;
  offsets.forEach((found, g) => {
    if (found === undefined) return;
    const span = offsetSpan(found.value);
    const [lowest, highest] = span;
    const group = groupName(ctx, groups[g] as number[]);
    const path = ["stages", found.stage, "offset"];
    if (!(highest < 0 || lowest > 0 || (lowest === 0 && highest === 0))) {
      report(ctx, path, "template.offset-straddles-anchor", { group, lowest, highest }, "offset-straddles-anchor");
    }
    if (previous !== undefined && previous.span[1] >= lowest) {
      report(
        ctx,
        path,
        "template.offsets-out-of-order",
        {
          group,
          previous: previous.group,
          lowest,
          highest,
          previousLowest: previous.span[0],
          previousHighest: previous.span[1],
        },
        "offsets-out-of-order",
      );
    }
    previous = { span, group };
  });
}

function checkTemplate(ctx: Context, placement: "offset" | "duration"): void {
  const groups = checkGroups(ctx);
  const groupOfStage: number[] = [];
  groups.forEach((group, g) => group.forEach((i) => (groupOfStage[i] = g)));
  checkDependencies(ctx, groupOfStage);
  if (placement === "offset") checkOffsets(ctx, groups);
  else {
    groupValues<Duration>(ctx, groups, "duration", sameDuration);
    ctx.value.stages.forEach((stage, i) => {
      const months = stage.duration !== undefined && "months" in stage.duration ? stage.duration.months : undefined;
      if (typeof months === "object" && months.shortest > months.longest) {
        report(ctx, ["stages", i, "duration", "months"], "template.phase-range", { shortest: months.shortest, longest: months.longest }, "phase-range");
      }
    });
  }
}

/**
 * Schema of a template scheduled backward from an activity day (as the
 * joint-school sharing activity, S1…S9): each group of stages opens at an
 * offset from the activity day. Besides its shape it checks the template as
 * a whole, each problem with its path: duplicate stage ids, dependencies on
 * unknown stages, on later stages or in a cycle, scattered groups, a group
 * without an offset or with two, and groups whose offsets are not clearly in
 * time order.
 *
 * @example
 * ```ts
 * import { BackwardPlanTemplateSchema } from "collegiate/timeline";
 *
 * const parsed = BackwardPlanTemplateSchema.safeParse({
 *   id: "open-day",
 *   title: "Open day",
 *   schedule: "backward",
 *   stages: [
 *     { id: "invite", title: "Invite families", offset: { weeks: -4 } },
 *     { id: "day", title: "Open day", offset: {}, dependsOn: ["invite"], kind: "activity" },
 *   ],
 * });
 * parsed.success; // true
 * ```
 */
export const BackwardPlanTemplateSchema = z
  .strictObject({
    ...templateFields,
    /** `"backward"`: scheduled from an activity day with {@link scheduleBackward}. */
    schedule: z.literal("backward"),
    /** The stages, in time order. */
    stages: z.array(BackwardStageSchema).min(1).max(500),
  })
  .check((ctx) => checkTemplate(ctx, "offset"));

/**
 * Schema of a template scheduled forward from a start day (as the peer
 * coaching programme, P1…P7): each group of stages lasts its duration and the
 * next starts on the following school day. Checked as a whole like
 * {@link BackwardPlanTemplateSchema}, with durations in place of offsets.
 *
 * @example
 * ```ts
 * import { ForwardPlanTemplateSchema } from "collegiate/timeline";
 *
 * ForwardPlanTemplateSchema.parse({
 *   id: "induction",
 *   title: "New staff induction",
 *   schedule: "forward",
 *   stages: [
 *     { id: "welcome", title: "Welcome day", duration: { session: "full-day" }, kind: "activity" },
 *     { id: "mentoring", title: "Mentoring", duration: { months: 3 }, dependsOn: ["welcome"] },
 *   ],
 * });
 * ```
 */
export const ForwardPlanTemplateSchema = z
  .strictObject({
    ...templateFields,
    /** `"forward"`: scheduled from a start day with {@link scheduleForward}. */
    schedule: z.literal("forward"),
    /** The stages, in time order. */
    stages: z.array(ForwardStageSchema).min(1).max(500),
  })
  .check((ctx) => checkTemplate(ctx, "duration"));

/**
 * Schema of any plan template: backward or forward, told apart by `schedule`.
 *
 * @example
 * ```ts
 * import { PlanTemplateSchema } from "collegiate/timeline";
 *
 * PlanTemplateSchema.safeParse({ id: "x", title: "X", schedule: "sideways", stages: [] }).success; // false
 * ```
 */
export const PlanTemplateSchema = z.discriminatedUnion("schedule", [BackwardPlanTemplateSchema, ForwardPlanTemplateSchema]);

/**
 * A validated template scheduled backward from an activity day.
 *
 * @example
 * ```ts
 * import { jointSchoolSharing, type BackwardPlanTemplate } from "collegiate/timeline";
 *
 * const template: BackwardPlanTemplate = jointSchoolSharing;
 * ```
 */
export type BackwardPlanTemplate = z.infer<typeof BackwardPlanTemplateSchema>;

/**
 * A validated template scheduled forward from a start day.
 *
 * @example
 * ```ts
 * import { peerCoachingProgramme, type ForwardPlanTemplate } from "collegiate/timeline";
 *
 * const template: ForwardPlanTemplate = peerCoachingProgramme;
 * ```
 */
export type ForwardPlanTemplate = z.infer<typeof ForwardPlanTemplateSchema>;

/**
 * A validated plan template, backward or forward.
 *
 * @example
 * ```ts
 * import type { PlanTemplate } from "collegiate/timeline";
 *
 * const describe = (template: PlanTemplate) => `${template.title} (${template.stages.length} stages)`;
 * ```
 */
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;

/**
 * What {@link definePlanTemplate} accepts for a backward template: defaults
 * (tasks, dependencies, kind) may be left out.
 *
 * @example
 * ```ts
 * import type { BackwardPlanTemplateInput } from "collegiate/timeline";
 *
 * const input: BackwardPlanTemplateInput = {
 *   id: "open-day",
 *   title: "Open day",
 *   schedule: "backward",
 *   stages: [{ id: "day", title: "Open day", offset: {} }],
 * };
 * ```
 */
export type BackwardPlanTemplateInput = z.input<typeof BackwardPlanTemplateSchema>;

/**
 * What {@link definePlanTemplate} accepts for a forward template.
 *
 * @example
 * ```ts
 * import type { ForwardPlanTemplateInput } from "collegiate/timeline";
 *
 * const input: ForwardPlanTemplateInput = {
 *   id: "induction",
 *   title: "Induction",
 *   schedule: "forward",
 *   stages: [{ id: "welcome", title: "Welcome day", duration: { session: "full-day" } }],
 * };
 * ```
 */
export type ForwardPlanTemplateInput = z.input<typeof ForwardPlanTemplateSchema>;

/**
 * Templates that came out of {@link parsePlanTemplate}: valid and
 * deep-frozen. Only such templates are ever cached.
 *
 * @internal
 */
export const definedTemplates = new WeakSet<object>();

/**
 * Validates a template from any source (a JSON file, a form) and returns a
 * result instead of throwing, with every problem and its path.
 *
 * A valid template is returned as a deep-frozen copy: the input is never kept
 * nor changed. Pass this copy to the schedulers; a plain object passed to a
 * scheduler instead is read (validated and compiled) on each call.
 *
 * @param input - Anything; typically parsed JSON.
 * @param options - `locale`: the language of the diagnostics, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns `{ ok: true, value: template }` (a deep-frozen copy) or `{ ok: false, diagnostics }`.
 * An `options.locale` that is not a locale is one more diagnostic, at `locale` (in English), never a throw.
 *
 * @example
 * ```ts
 * import { parsePlanTemplate } from "collegiate/timeline";
 *
 * const result = parsePlanTemplate({
 *   id: "open-day",
 *   title: "Open day",
 *   schedule: "backward",
 *   stages: [
 *     { id: "invite", title: "Invite families", offset: { weeks: -4 }, dependsOn: ["day"] },
 *     { id: "day", title: "Open day", offset: {}, dependsOn: ["invitations"] },
 *   ],
 * });
 * result.diagnostics.map((d) => `${d.ruleId} at ${d.path.join(".")}`);
 * // ["schema/depends-on-later-stage at stages.0.dependsOn.0", "schema/unknown-stage at stages.1.dependsOn.0"]
 * ```
 */
export function parsePlanTemplate(input: unknown, options?: LocaleOptions): Result<PlanTemplate> {
  const locale = parseLocale(options);
  if (!locale.success) return { ok: false, diagnostics: locale.diagnostics };
  const parsed = parseInput(PlanTemplateSchema, input, locale.data, timelineTemplates);
  if (!parsed.success) return { ok: false, diagnostics: parsed.diagnostics };
  const template = deepFreeze(parsed.data);
  definedTemplates.add(template);
  return { ok: true, value: template, diagnostics: [] };
}

/**
 * Defines a plan template from trusted input, filling in defaults and
 * returning a deep-frozen copy (the input is never kept nor changed). Throws
 * an {@link InvalidInputError} listing every problem with its path; use
 * {@link parsePlanTemplate} for untrusted input. The schedulers compile a
 * defined template once; a plain template object passed to them instead is
 * read (validated and compiled) on each call, so changes to it are seen.
 *
 * @param input - The template.
 * @param options - `locale`: the language of the error, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns A deep-frozen copy of the template, typed by its `schedule`.
 * @throws {@link InvalidInputError} when the template is invalid, or `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { definePlanTemplate } from "collegiate/timeline";
 *
 * const openDay = definePlanTemplate({
 *   id: "open-day",
 *   title: "Open day",
 *   schedule: "backward",
 *   stages: [
 *     { id: "invite", title: "Invite families", offset: { weeks: -4 } },
 *     { id: "rehearse", title: "Rehearse the tours", offset: { weeks: -1 }, dependsOn: ["invite"] },
 *     { id: "day", title: "Open day", offset: {}, dependsOn: ["rehearse"], kind: "activity" },
 *   ],
 * });
 * openDay.stages[2]?.kind; // "activity"
 * ```
 */
export function definePlanTemplate(input: BackwardPlanTemplateInput, options?: LocaleOptions): BackwardPlanTemplate;
export function definePlanTemplate(input: ForwardPlanTemplateInput, options?: LocaleOptions): ForwardPlanTemplate;
export function definePlanTemplate(input: BackwardPlanTemplateInput | ForwardPlanTemplateInput, options?: LocaleOptions): PlanTemplate {
  const locale = optionsLocale(options);
  const result = parsePlanTemplate(input, { locale });
  if (!result.ok) {
    throw new InvalidInputError(timelineMessage(locale, "what.plan-template"), result.diagnostics, locale);
  }
  return result.value;
}

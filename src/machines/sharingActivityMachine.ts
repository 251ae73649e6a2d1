import { z } from "zod";
import { jointSchoolSharingPolicy } from "../agreement/policies/jointSchoolSharingPolicy.js";
import { agreementTemplates } from "../agreement/message.js";
import type { Policy } from "../agreement/policy.js";
import { SharingActivityPlanSchema, type SharingActivityPlan, type SharingActivityPlanInput } from "../agreement/sharingActivityPlan.js";
import { validatePlan } from "../agreement/validatePlan.js";
import { PlainDateSchema, type PlainDate } from "../calendar/plainDate.js";
import { SchoolCalendarInputSchema, type SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { en, LocaleSchema, localeOf, type Locale } from "../text/locale.js";
import { parseInput } from "../diagnostics/parseInput.js";
import { jointSchoolSharing } from "../timeline/jointSchoolSharing.js";
import { scheduleBackward } from "../timeline/scheduleBackward.js";
import { timelineTemplates } from "../timeline/message.js";
import { TimelineSchema, type Timeline } from "../timeline/timeline.js";
import { defineMachine, type Guard } from "./defineMachine.js";
import { machineDiagnostic, machineList } from "./message.js";
import type { MachineMessageKey } from "./messages.js";
import { ReasonSchema } from "./reason.js";
import { dayOfTimestamp, TimestampSchema } from "./timestamp.js";
import { checkedMachineOptions } from "./machineOptions.js";

/** The stages of a joint-school sharing activity (domain §1). */
const stageIds = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"] as const;
type StageId = (typeof stageIds)[number];

/**
 * Every stage `stage` depends on in the built-in template (S1 ← S2 ← … ← S9),
 * directly or through others, in the template's order: what must be done or
 * skipped before it starts, completes or is skipped (S8 needs S1 to S7, S9
 * needs S1 to S8).
 */
function requiredBefore(stage: StageId): StageId[] {
  const dependsOn = new Map<string, readonly string[]>(jointSchoolSharing.stages.map((candidate) => [candidate.id, candidate.dependsOn ?? []]));
  const found = new Set<string>();
  const visit = (id: string): void => {
    for (const dependency of dependsOn.get(id) ?? []) {
      if (!found.has(dependency)) {
        found.add(dependency);
        visit(dependency);
      }
    }
  };
  visit(stage);
  return stageIds.filter((id) => found.has(id));
}

/**
 * Schema of where one stage stands: pending, in progress, done, or skipped
 * with a reason, with the days it started and ended.
 *
 * @example
 * ```ts
 * import { StageProgressSchema } from "collegiate/machines";
 *
 * StageProgressSchema.parse({ status: "skipped", endedOn: "2027-01-20", reason: "Same partners as last year" });
 * ```
 */
export const StageProgressSchema = /* @__PURE__ */ stageProgressSchema();

function stageProgressSchema() {
  return z.object({
    /** Where the stage stands. */
    status: z.enum(["pending", "in-progress", "done", "skipped"]),
    /** The day it started. */
    startedOn: PlainDateSchema.optional(),
    /** The day it was done or skipped. */
    endedOn: PlainDateSchema.optional(),
    /** Why it was skipped. */
    reason: z.string().trim().min(1).optional(),
  });
}

/**
 * Where one stage of a joint-school sharing activity stands.
 *
 * @example
 * ```ts
 * import type { StageProgress } from "collegiate/machines";
 *
 * const progress: StageProgress = { status: "pending" };
 * ```
 */
export type StageProgress = z.infer<typeof StageProgressSchema>;

/** The activity's context and events (built when a machine is, not when the module is imported). */
function sharingSchemas() {
  const StageIdSchema = z.enum(stageIds);
  const context = z.object({
    /** The activity day (T). */
    activityDay: PlainDateSchema,
    /** The organising school's calendar, for rescheduling. */
    calendar: SchoolCalendarInputSchema,
    /** The stages' dates, from `scheduleBackward`; rescheduled when the activity is postponed, keeping the stages' texts. */
    timeline: TimelineSchema,
    /** The plan the working group agrees (schools, representatives, S3 basic details, S5 content). */
    plan: SharingActivityPlanSchema,
    /** Where each stage stands. */
    stages: z.record(StageIdSchema, StageProgressSchema),
    /** Every postponement, oldest first. */
    postponements: z.array(z.object({ from: PlainDateSchema, to: PlainDateSchema, on: PlainDateSchema, reason: ReasonSchema })),
    /** Why the activity was cancelled, when it was. */
    cancellation: z.object({ reason: ReasonSchema, at: TimestampSchema }).optional(),
  });
  const events = z.discriminatedUnion("type", [
    z.object({ type: z.literal("start-stage"), at: TimestampSchema, stage: StageIdSchema }),
    z.object({ type: z.literal("complete-stage"), at: TimestampSchema, stage: StageIdSchema }),
    z.object({ type: z.literal("skip-stage"), at: TimestampSchema, stage: StageIdSchema, reason: ReasonSchema }),
    z.object({
      type: z.literal("update-plan"),
      at: TimestampSchema,
      /** The parts of the plan to replace; the plan is validated again as a whole. */
      plan: z.strictObject({
        title: SharingActivityPlanSchema.shape.title,
        schools: SharingActivityPlanSchema.shape.schools.optional(),
        basicDetails: SharingActivityPlanSchema.shape.basicDetails,
        content: SharingActivityPlanSchema.shape.content,
      }),
    }),
    z.object({ type: z.literal("postpone"), at: TimestampSchema, activityDay: PlainDateSchema, reason: ReasonSchema }),
    z.object({ type: z.literal("cancel"), at: TimestampSchema, reason: ReasonSchema }),
  ]);
  return { context, events };
}

type SharingSchemas = ReturnType<typeof sharingSchemas>;
type SharingContext = z.infer<SharingSchemas["context"]>;
type SharingEvent = z.infer<SharingSchemas["events"]>;

/** The English templates of the codes the activity's schemas nest: the agreement's (its plan) and the timeline's (its calendar and timeline). */
const sharingTemplates = (code: string): string | undefined => agreementTemplates(code) ?? timelineTemplates(code);

type StageEvent = Extract<SharingEvent, { stage: StageId }>;

const cites = (clause: string) => ({ document: "joint-school-sharing" as const, clause });

function isStageEvent(event: SharingEvent): event is StageEvent {
  return event.type === "start-stage" || event.type === "complete-stage" || event.type === "skip-stage";
}

/** The plan after an event: completing S3 confirms the basic details, completing S5 the content. */
function nextPlan(plan: SharingActivityPlan, event: SharingEvent): SharingActivityPlan {
  const day = dayOfTimestamp(event.at);
  if (event.type === "update-plan") return { ...plan, ...event.plan } as SharingActivityPlan;
  if (event.type === "postpone" && plan.basicDetails?.date !== undefined) {
    return { ...plan, basicDetails: { ...plan.basicDetails, date: event.activityDay } };
  }
  if (event.type !== "complete-stage") return plan;
  if (event.stage === "S3") return { ...plan, basicDetails: { ...plan.basicDetails, confirmedOn: day } };
  if (event.stage === "S5") return { ...plan, content: { ...plan.content, confirmedOn: day } };
  return plan;
}

function nextStages(stages: SharingContext["stages"], event: SharingEvent): SharingContext["stages"] {
  if (!isStageEvent(event)) return stages;
  const day = dayOfTimestamp(event.at);
  const current = stages[event.stage];
  const progress: StageProgress =
    event.type === "start-stage"
      ? { status: "in-progress", startedOn: day }
      : event.type === "complete-stage"
        ? { status: "done", startedOn: current.startedOn ?? day, endedOn: day }
        : { status: "skipped", ...(current.startedOn === undefined ? {} : { startedOn: current.startedOn }), endedOn: day, reason: event.reason };
  return { ...stages, [event.stage]: progress };
}

function stageIs(description: string, accepted: readonly StageId[]): Guard<SharingContext, SharingEvent> {
  return {
    description,
    check: (_context, event, _state, locale): Diagnostic[] =>
      isStageEvent(event) && accepted.includes(event.stage)
        ? []
        : [machineDiagnostic(locale, "sharing-stage-not-here", { stage: isStageEvent(event) ? event.stage : event.type }, { ruleId: "sharing/stage-not-here", path: ["stage"] })],
  };
}

/** The messages of a stage event refused for the stages before it: one pending stage, or several. */
const beforeMessages = {
  "start-stage": ["sharing-start-before-one", "sharing-start-before-many"],
  "complete-stage": ["sharing-complete-before-one", "sharing-complete-before-many"],
  "skip-stage": ["sharing-skip-before-one", "sharing-skip-before-many"],
} as const satisfies Record<StageEvent["type"], readonly [MachineMessageKey, MachineMessageKey]>;

// Skipping respects the order as starting and completing do: `closed`
// promises every stage done or skipped, so none may be left behind.
const dependenciesSatisfied: Guard<SharingContext, SharingEvent> = {
  description: "the stages it depends on, directly or through others, are done or skipped",
  check: (context, event, _state, locale): Diagnostic[] => {
    if (!isStageEvent(event)) return [];
    const pending = requiredBefore(event.stage).filter((id) => {
      const status = context.stages[id].status;
      return status !== "done" && status !== "skipped";
    });
    if (pending.length === 0) return [];
    const [one, many] = beforeMessages[event.type];
    return [
      machineDiagnostic(locale, pending.length === 1 ? one : many, { stage: event.stage, pending: machineList(locale, pending) }, {
        ruleId: "sharing/stages-in-order",
        path: ["stage"],
        source: cites(event.stage),
      }),
    ];
  },
};

const stageOpen: Guard<SharingContext, SharingEvent> = {
  description: "the stage is not already done or skipped",
  check: (context, event, _state, locale): Diagnostic[] => {
    if (!isStageEvent(event)) return [];
    const { status } = context.stages[event.stage];
    if (status === "done" || status === "skipped") {
      const key = status === "done" ? "sharing-stage-done" as const : "sharing-stage-skipped" as const;
      return [machineDiagnostic(locale, key, { stage: event.stage }, { ruleId: "sharing/stage-finished", path: ["stage"] })];
    }
    if (event.type === "start-stage" && status === "in-progress") {
      return [machineDiagnostic(locale, "sharing-stage-started", { stage: event.stage }, { ruleId: "sharing/stage-started", path: ["stage"] })];
    }
    return [];
  },
};

const onOrAfterActivityDay: Guard<SharingContext, SharingEvent> = {
  description: "S8 completes on or after the activity day",
  check: (context, event, _state, locale): Diagnostic[] => {
    const day = dayOfTimestamp(event.at);
    return day < context.activityDay
      ? [
          machineDiagnostic(locale, "sharing-before-activity-day", { activityDay: context.activityDay, day }, {
            ruleId: "sharing/activity-day-not-reached",
            path: ["at"],
            source: cites("S8"),
          }),
        ]
      : [];
  },
};

/**
 * The timeline for a new activity day, its diagnostics in `locale`; its
 * stages keep the texts (title, tasks) of the timeline they replace, so a
 * record started in one language stays in it.
 */
function reschedule(context: SharingContext, activityDay: PlainDate, asOf: PlainDate, locale: Locale = en): Timeline {
  const timeline = scheduleBackward(jointSchoolSharing, {
    activityDay,
    calendar: context.calendar as SchoolCalendar,
    planId: context.timeline.planId,
    asOf,
    locale,
    ...(context.timeline.school === undefined ? {} : { school: context.timeline.school }),
    ...(context.timeline.people === undefined ? {} : { people: context.timeline.people }),
  });
  const before = new Map(context.timeline.stages.map((stage) => [stage.id, stage]));
  const stages = timeline.stages.map((stage) => {
    const previous = before.get(stage.id);
    return previous === undefined ? stage : { ...stage, title: previous.title, tasks: previous.tasks };
  });
  return { ...timeline, title: context.timeline.title, stages };
}

const newActivityDayWorks: Guard<SharingContext, SharingEvent> = {
  description: "the new activity day is a later school day",
  check: (context, event, _state, locale): Diagnostic[] => {
    if (event.type !== "postpone") return [];
    const day = dayOfTimestamp(event.at);
    if (event.activityDay === context.activityDay) {
      return [machineDiagnostic(locale, "sharing-new-day-same", { activityDay: event.activityDay }, { ruleId: "sharing/postpone-same-day", path: ["activityDay"] })];
    }
    if (event.activityDay <= day) {
      return [machineDiagnostic(locale, "sharing-new-day-not-later", { activityDay: event.activityDay, day }, { ruleId: "sharing/postpone-not-later", path: ["activityDay"] })];
    }
    // The rescheduled timeline's own errors: a closed activity day names its closure.
    return reschedule(context, event.activityDay, day, locale)
      .diagnostics.filter((diagnostic) => diagnostic.severity === "error")
      .map((diagnostic) => ({ ...diagnostic, path: ["activityDay"] }));
  },
};

/**
 * Options of {@link createSharingActivityMachine}.
 *
 * @example
 * ```ts
 * import { jointSchoolSharingPolicy } from "collegiate/agreement";
 * import type { SharingActivityMachineOptions } from "collegiate/machines";
 *
 * const options: SharingActivityMachineOptions = { policy: jointSchoolSharingPolicy };
 * ```
 */
export interface SharingActivityMachineOptions {
  /** The rules the plan is checked with when S1, S3 and S5 complete; `jointSchoolSharingPolicy` by default. */
  readonly policy?: Policy;
}

/**
 * Builds the joint-school sharing activity machine for a policy. See
 * {@link sharingActivityMachine} for the lifecycle.
 *
 * @param options - The policy the plan is checked with.
 * @returns The machine.
 * @throws {@link InvalidInputError} when `options` is not an object, its `policy` is not a policy made by this library.
 *
 * @example
 * ```ts
 * import { definePolicy, jointSchoolSharingPolicy } from "collegiate/agreement";
 * import { createSharingActivityMachine } from "collegiate/machines";
 *
 * const machine = createSharingActivityMachine({
 *   policy: definePolicy({ extends: [jointSchoolSharingPolicy], rules: { "sharing/representatives-appointed": "warning" } }),
 * });
 * machine.id; // "joint-school-sharing-activity"
 * ```
 */
export function createSharingActivityMachine(options: SharingActivityMachineOptions = {}) {
  const policy = checkedMachineOptions(options, "joint-school-sharing-activity").policy ?? jointSchoolSharingPolicy;
  const planRespectsWorkflow: Guard<SharingContext, SharingEvent> = {
    description: "the plan validates as the step leaves it (S1 representatives, S3 basic details, S5 after S3)",
    check: (context, event, _state, locale): Diagnostic[] => {
      const result = validatePlan(nextPlan(context.plan, event), policy, { asOf: dayOfTimestamp(event.at), locale });
      return result.diagnostics.map((diagnostic) => ({ ...diagnostic, path: ["plan", ...diagnostic.path] }));
    },
  };
  const cancel = { target: "cancelled", update: "recordCancellation" } as const;
  const postpone = { guards: ["newActivityDayWorks"], update: "postpone" } as const;
  const preparation = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"] as const;
  const { context, events } = sharingSchemas();
  return defineMachine({
    id: "joint-school-sharing-activity",
    description: "A joint-school professional sharing activity, stages S1 to S9.",
    context,
    events,
    templates: sharingTemplates,
    initial: "preparing",
    states: {
      preparing: {
        description: "The working group prepares the activity: S1 to S7.",
        on: {
          "start-stage": [
            { when: "isActivityStage", target: "activity-day", guards: ["stageOpen", "dependenciesSatisfied"], update: "advance" },
            { when: "isPreparationStage", guards: ["stageOpen", "dependenciesSatisfied"], update: "advance" },
          ],
          "complete-stage": { guards: ["isPreparationStage", "stageOpen", "dependenciesSatisfied", "planRespectsWorkflow"], update: "advance" },
          "skip-stage": { guards: ["isPreparationStage", "stageOpen", "dependenciesSatisfied"], update: "advance" },
          "update-plan": { guards: ["planRespectsWorkflow"], update: "advance" },
          postpone,
          cancel,
        },
      },
      "activity-day": {
        description: "The activity is being hosted (S8).",
        on: {
          "complete-stage": { target: "evaluating", guards: ["isActivityStage", "dependenciesSatisfied", "onOrAfterActivityDay"], update: "advance" },
          postpone: { target: "preparing", guards: ["newActivityDayWorks"], update: "postpone" },
          cancel,
        },
      },
      evaluating: {
        description: "Views, records and staff opinions are collected (S9).",
        on: {
          "start-stage": { guards: ["isEvaluationStage", "stageOpen", "dependenciesSatisfied"], update: "advance" },
          "complete-stage": { target: "closed", guards: ["isEvaluationStage", "stageOpen", "dependenciesSatisfied"], update: "advance" },
          "skip-stage": { target: "closed", guards: ["isEvaluationStage", "stageOpen", "dependenciesSatisfied"], update: "advance" },
          cancel,
        },
      },
      closed: { description: "Every stage is done or skipped.", final: true },
      cancelled: { description: "The activity was cancelled, with a reason.", final: true },
    },
    guards: {
      isPreparationStage: stageIs("the stage is one of S1–S7", preparation),
      isActivityStage: stageIs("the stage is S8", ["S8"]),
      isEvaluationStage: stageIs("the stage is S9", ["S9"]),
      stageOpen,
      dependenciesSatisfied,
      planRespectsWorkflow,
      onOrAfterActivityDay,
      newActivityDayWorks,
    },
    updates: {
      advance: (context, event) => ({ ...context, plan: nextPlan(context.plan, event), stages: nextStages(context.stages, event) }),
      postpone: (context, event) => {
        if (event.type !== "postpone") return context;
        const day = dayOfTimestamp(event.at);
        const stages = { ...context.stages, S8: { status: "pending" as const } };
        return {
          ...context,
          activityDay: event.activityDay,
          timeline: reschedule(context, event.activityDay, day),
          plan: nextPlan(context.plan, event),
          stages,
          postponements: [...context.postponements, { from: context.activityDay, to: event.activityDay, on: day, reason: event.reason }],
        };
      },
      recordCancellation: (context, event) =>
        event.type === "cancel" ? { ...context, cancellation: { reason: event.reason, at: event.at } } : context,
    },
  });
}

/**
 * A joint-school sharing activity (domain §1) as a machine. Its context holds
 * the activity day, the organising school's calendar, the timeline of S1…S9
 * (from `scheduleBackward`), the working group's plan, and where each stage
 * stands: pending, in progress, done, or skipped with a reason.
 *
 * - A stage cannot start, complete or be skipped before the stages it depends
 *   on, directly or through others, are done or skipped (S1 → S2 → … → S9):
 *   the activity is hosted only once S1 to S7 are, and closes only with every
 *   stage done or skipped.
 * - Completing S1, S3 and S5 checks the plan with `validatePlan`: S1 needs each
 *   school's representatives, S3 confirms the basic details (date, duration,
 *   participants, medium of instruction), and S5 cannot complete until the S3
 *   basic details validate.
 * - Starting S8 moves to the activity day; S8 completes only on or after the
 *   activity day, and S9 (evaluation) closes the activity.
 * - The activity can be postponed (a later school day; the timeline is
 *   rescheduled through `scheduleBackward`) and cancelled with a reason from
 *   any state that is not final.
 *
 * Build the starting context with {@link sharingActivityContext}; list late
 * stages with {@link overdueStages}.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { initialSnapshot, sharingActivityContext, sharingActivityMachine, transition } from "collegiate/machines";
 *
 * const snapshot = initialSnapshot(
 *   sharingActivityMachine,
 *   sharingActivityContext({
 *     activityDay: "2027-03-18",
 *     calendar: defineSchoolCalendar({}),
 *     plan: { schools: [{ id: "harbour", name: "Harbour Secondary School" }] },
 *   }),
 * );
 * const result = transition(sharingActivityMachine, snapshot, { type: "start-stage", at: "2026-12-18", stage: "S2" });
 * if (!result.ok) result.refusal.message;
 * // "start-stage" is refused: S2 cannot start before S1 is done or skipped: the stages follow one another.
 * ```
 */
export const sharingActivityMachine = /* @__PURE__ */ createSharingActivityMachine();

/**
 * What {@link sharingActivityContext} needs to start an activity's record.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import type { SharingActivityStart } from "collegiate/machines";
 *
 * const start: SharingActivityStart = {
 *   activityDay: "2027-03-18",
 *   calendar: defineSchoolCalendar({}),
 *   plan: { schools: [{ id: "harbour", name: "Harbour Secondary School" }] },
 *   planId: "harbour-sharing-2027-03",
 * };
 * ```
 */
export interface SharingActivityStart {
  /** The activity day (T), `YYYY-MM-DD`. */
  readonly activityDay: string;
  /** The organising school's calendar. */
  readonly calendar: SchoolCalendar;
  /** The working group's plan so far: at least the schools. */
  readonly plan: SharingActivityPlanInput;
  /** A stable id for the plan (calendar UIDs come from it). */
  readonly planId?: string;
  /** The organising school, for `findClashes`. */
  readonly school?: string;
  /** The language of the timeline's titles and of the errors: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own. */
  readonly locale?: Locale;
}

/** What `sharingActivityContext` reads from its argument before the plan and the days (which have their own checks). */
const SharingStartShapeSchema = z.object({ locale: LocaleSchema.optional(), planId: z.string().optional(), school: z.string().optional() });

/**
 * The starting context of {@link sharingActivityMachine}: the timeline
 * scheduled backward from the activity day, every stage pending, the plan
 * validated. Throws an {@link InvalidInputError} when the plan or the days
 * are invalid, or when the activity day is closed (the timeline's
 * `timeline/activity-day-closed` error names the closure).
 *
 * @param start - The activity day, the calendar and the plan.
 * @returns A context for `initialSnapshot(sharingActivityMachine, …)`.
 * @throws {@link InvalidInputError} on an invalid plan or a closed activity day, or when `start` is not an
 * object or its `locale`, `planId` or `school` is not valid (a diagnostic at each path).
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { sharingActivityContext } from "collegiate/machines";
 *
 * const context = sharingActivityContext({
 *   activityDay: "2027-03-18",
 *   calendar: defineSchoolCalendar({}),
 *   plan: { schools: [{ id: "harbour", name: "Harbour Secondary School" }] },
 * });
 * context.timeline.stages[0]?.opensOn; // "2026-12-18"
 * context.stages.S1.status; // "pending"
 * ```
 */
export function sharingActivityContext(start: SharingActivityStart): SharingContext {
  const locale = localeOf(start);
  const shape = parseInput(SharingStartShapeSchema, start, locale, agreementTemplates);
  if (!shape.success) throw new InvalidInputError('"joint-school-sharing-activity"', shape.diagnostics, locale);
  const plan = parseInput(SharingActivityPlanSchema, start.plan, locale, agreementTemplates, ["plan"]);
  if (!plan.success) throw new InvalidInputError('"joint-school-sharing-activity"', plan.diagnostics, locale);
  const timeline = scheduleBackward(jointSchoolSharing, {
    activityDay: start.activityDay,
    calendar: start.calendar,
    locale,
    ...(start.planId === undefined ? {} : { planId: start.planId }),
    ...(start.school === undefined ? {} : { school: start.school }),
  });
  const errors = timeline.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0) throw new InvalidInputError('"joint-school-sharing-activity"', errors, locale);
  const stages = Object.fromEntries(stageIds.map((id) => [id, { status: "pending" as const }])) as SharingContext["stages"];
  return {
    activityDay: timeline.anchorDay,
    calendar: start.calendar,
    timeline,
    plan: plan.data,
    stages,
    postponements: [],
  };
}

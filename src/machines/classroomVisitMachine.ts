import { z } from "zod";
import { ClassroomVisitSchema, ConcernLevelSchema, NotesKindSchema, type ClassroomVisit } from "../agreement/classroomVisit.js";
import type { RuleId } from "../agreement/agreementRules.js";
import { classroomVisitPolicy } from "../agreement/policies/classroomVisitPolicy.js";
import { agreementTemplates } from "../agreement/message.js";
import type { Policy } from "../agreement/policy.js";
import { PlainDateSchema } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { agreementRules, type RuleSetting } from "./agreementGuard.js";
import { defineMachine, type Guard } from "./defineMachine.js";
import { machineDiagnostic } from "./message.js";
import { machineMessages, type MachineMessageKey } from "./messages.js";
import { ReasonSchema } from "./reason.js";
import { dayOfTimestamp, TimestampSchema } from "./timestamp.js";
import { checkedMachineOptions } from "./machineOptions.js";

/** The visit's context and events (built when a machine is, not when the module is imported). */
function visitSchemas() {
  const text = z.string().trim().min(1);
  const context = z.object({
    /** The visit's record, as the agreement rules read it. */
    visit: ClassroomVisitSchema,
    /** Why the visit was cancelled, when it was. */
    cancellation: z.object({ reason: ReasonSchema, at: TimestampSchema }).optional(),
  });
  const events = z.discriminatedUnion("type", [
    z.object({ type: z.literal("share-purpose"), at: TimestampSchema, statement: text, sharedWith: z.array(text) }),
    z.object({
      type: z.literal("agree-focus"),
      at: TimestampSchema,
      areas: z.array(text).min(1),
      feedbackArrangement: text,
      whoDoesWhat: text.optional(),
    }),
    z.object({
      type: z.literal("schedule"),
      at: TimestampSchema,
      visitDay: PlainDateSchema,
      minutes: z.int().min(1).max(24 * 60),
      activePartOffered: z.boolean(),
      relatesToSchoolImprovement: z.boolean().optional(),
    }),
    z.object({ type: z.literal("reschedule"), at: TimestampSchema, visitDay: PlainDateSchema }),
    z.object({
      type: z.literal("record-observation"),
      at: TimestampSchema,
      notes: NotesKindSchema,
      grades: z.array(z.object({ criterion: text, grade: z.union([z.string(), z.number()]) })).optional(),
      minutesInClass: z.int().min(0).max(24 * 60).optional(),
    }),
    z.object({
      type: z.literal("hold-dialogue"),
      at: TimestampSchema,
      beganWithTeachersView: z.boolean(),
      wentWell: z.array(text),
      improvementSteps: z.array(z.object({ step: text, for: z.enum(["observed", "observer"]) })),
    }),
    z.object({ type: z.literal("plan-follow-up"), at: TimestampSchema, activity: text, plannedOn: PlainDateSchema.optional() }),
    z.object({ type: z.literal("raise-concern"), at: TimestampSchema, about: text, raisedBy: text.optional() }),
    z.object({ type: z.literal("resolve-concern"), at: TimestampSchema, level: ConcernLevelSchema, outcome: text.optional() }),
    z.object({ type: z.literal("close"), at: TimestampSchema }),
    z.object({ type: z.literal("cancel"), at: TimestampSchema, reason: ReasonSchema }),
  ]);
  return { context, events };
}

type VisitSchemas = ReturnType<typeof visitSchemas>;
type VisitContext = z.infer<VisitSchemas["context"]>;
type VisitEvent = z.infer<VisitSchemas["events"]>;

/**
 * The visit record after an event: every fact the event brings, dated with
 * the day of its `at`. Pure; used both to judge an event and to apply it.
 */
function applyEvent(visit: ClassroomVisit, event: VisitEvent): ClassroomVisit {
  const day = dayOfTimestamp(event.at);
  switch (event.type) {
    case "share-purpose":
      return { ...visit, purpose: { statement: event.statement, sharedWith: [...event.sharedWith], sharedOn: day } };
    case "agree-focus":
      return {
        ...visit,
        focus: {
          areas: [...event.areas],
          feedbackArrangement: event.feedbackArrangement,
          agreedOn: day,
          ...(event.whoDoesWhat === undefined ? {} : { whoDoesWhat: event.whoDoesWhat }),
        },
      };
    case "schedule":
      return {
        ...visit,
        visitDay: event.visitDay,
        timingAgreedOn: day,
        length: { minutes: event.minutes, agreedOn: day },
        activePartOffered: event.activePartOffered,
        ...(event.relatesToSchoolImprovement === true
          ? { relatesToSchoolImprovement: true, schoolImprovementAgreedOn: day }
          : {}),
      };
    case "reschedule":
      return { ...visit, visitDay: event.visitDay, timingAgreedOn: day };
    case "record-observation":
      return {
        ...visit,
        observation: {
          notes: event.notes,
          ...(event.grades === undefined ? {} : { grades: event.grades.map((grade) => ({ ...grade })) }),
          ...(event.minutesInClass === undefined ? {} : { minutesInClass: event.minutesInClass }),
        },
      };
    case "hold-dialogue":
      return {
        ...visit,
        dialogue: {
          heldOn: day,
          beganWithTeachersView: event.beganWithTeachersView,
          wentWell: [...event.wentWell],
          improvementSteps: event.improvementSteps.map((step) => ({ ...step })),
        },
      };
    case "plan-follow-up":
      return {
        ...visit,
        clplFollowUp: [
          ...(visit.clplFollowUp ?? []),
          { activity: event.activity, ...(event.plannedOn === undefined ? {} : { plannedOn: event.plannedOn }) },
        ],
      };
    case "raise-concern":
      return {
        ...visit,
        concerns: [
          ...(visit.concerns ?? []),
          { raisedOn: day, about: event.about, ...(event.raisedBy === undefined ? {} : { raisedBy: event.raisedBy }) },
        ],
      };
    case "resolve-concern": {
      const concerns = [...(visit.concerns ?? [])];
      let open = concerns.length - 1;
      while (open >= 0 && concerns[open]?.resolution !== undefined) open -= 1;
      const concern = concerns[open];
      if (concern === undefined) return visit;
      concerns[open] = {
        ...concern,
        resolution: { resolvedOn: day, level: event.level, ...(event.outcome === undefined ? {} : { outcome: event.outcome }) },
      };
      return { ...visit, concerns };
    }
    case "close":
      return { ...visit, closedOn: day };
    case "cancel":
      return visit;
    default:
      return event satisfies never;
  }
}

/** What each guard asks the agreement, by rule id. */
const BEFORE_THE_VISIT: readonly RuleId[] = [
  "lnct/school-improvement-agreed-at-session-start",
  "lnct/purpose-shared",
  "lnct/timing-agreed-in-advance",
  "lnct/focus-agreed-before-visit",
  "lnct/length-agreed-in-advance",
  "lnct/active-part-offered",
  "highland/trusted-partner",
  "highland/discussion-before-lesson",
];
const DURING_THE_VISIT: readonly RuleId[] = ["lnct/no-grades-or-tick-boxes", "lnct/length-agreed-in-advance", "lnct/visit-date-noted"];
const AFTER_THE_LESSON: readonly RuleId[] = [
  "highland/dialogue-soon-after-lesson",
  "highland/dialogue-begins-with-teachers-view",
  "highland/dialogue-recognises-success",
  "highland/manageable-improvement-steps",
];
const CONCERNS: readonly RuleId[] = ["lnct/concern-resolved-at-school-level"];

/** A guard that runs the named rules on the record as the event would leave it. */
function agreementGuard(
  setting: RuleSetting,
  description: string,
  ids: readonly RuleId[],
  provisionalVisitDay = false,
): Guard<VisitContext, VisitEvent> {
  const rules = agreementRules(setting, "visit", ids, ["visit"]);
  return {
    description,
    check: (context, event, _state, locale) => {
      const day = dayOfTimestamp(event.at);
      const next = applyEvent(context.visit, event);
      // Before a visit is scheduled, judge it as if it took place on the event's day:
      // "if the visit were today, would the agreement be kept?"
      const judged = provisionalVisitDay && next.visitDay === undefined ? { ...next, visitDay: day } : next;
      return rules.run(judged, day, locale);
    },
  };
}

const onOrAfterVisitDay: Guard<VisitContext, VisitEvent> = {
  description: "the observation is recorded on or after the visit day",
  check: (context, event, _state, locale): Diagnostic[] => {
    const day = dayOfTimestamp(event.at);
    const { visitDay } = context.visit;
    return visitDay !== undefined && day < visitDay
      ? [machineDiagnostic(locale, "visit-observed-before-day", { day, visitDay }, { ruleId: "visit/observed-before-visit-day", path: ["at"] })]
      : [];
  },
};

const hasOpenConcern: Guard<VisitContext, VisitEvent> = {
  description: "a concern is open",
  check: (context, _event, _state, locale): Diagnostic[] =>
    (context.visit.concerns ?? []).some((concern) => concern.resolution === undefined)
      ? []
      : [machineDiagnostic(locale, "visit-no-open-concern", {}, { ruleId: "visit/no-open-concern", path: ["visit", "concerns"] })],
};

/** A guard that routes an event by the record: its description is the English template of `key`, its finding `key` in the caller's language. */
const routeTo = (test: (visit: ClassroomVisit) => boolean, key: MachineMessageKey): Guard<VisitContext, VisitEvent> => ({
  description: machineMessages[key],
  check: (context, _event, _state, locale): Diagnostic[] =>
    test(context.visit) ? [] : [machineDiagnostic(locale, key, {}, { ruleId: "visit/route", path: [] })],
});

/**
 * Options of {@link createClassroomVisitMachine}.
 *
 * @example
 * ```ts
 * import { lnctAgreement } from "collegiate/agreement";
 * import type { ClassroomVisitMachineOptions } from "collegiate/machines";
 *
 * const options: ClassroomVisitMachineOptions = { policy: lnctAgreement };
 * ```
 */
export interface ClassroomVisitMachineOptions {
  /** The rules the guards apply; `classroomVisitPolicy` (LNCT and Highland rules) by default. */
  readonly policy?: Policy;
  /** The school's calendar, for counts in school days (H5); Monday to Friday when absent. */
  readonly calendar?: SchoolCalendar;
}

/**
 * Builds the classroom visit machine for a policy and a school calendar. See
 * {@link classroomVisitMachine} (the machine with the default policy) for the
 * lifecycle.
 *
 * @param options - The policy the guards apply and the school's calendar.
 * @returns The machine.
 * @throws `InvalidInputError` when `options` is not an object, its `policy` is not a policy made by this library, or its `calendar` is not a valid school calendar (a diagnostic per problem, at paths under `calendar`; a plain calendar object is copied, so later changes to it do not reach the machine).
 *
 * @example
 * ```ts
 * import { definePolicy, classroomVisitPolicy } from "collegiate/agreement";
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { createClassroomVisitMachine } from "collegiate/machines";
 *
 * const machine = createClassroomVisitMachine({
 *   policy: definePolicy({ extends: [classroomVisitPolicy], rules: { "lnct/active-part-offered": "off" } }),
 *   calendar: defineSchoolCalendar({ closures: [{ name: "Easter holidays", start: "2027-03-25", end: "2027-04-06" }] }),
 * });
 * machine.id; // "classroom-visit"
 * ```
 */
export function createClassroomVisitMachine(options: ClassroomVisitMachineOptions = {}) {
  const checked = checkedMachineOptions(options, "classroom-visit");
  const setting: RuleSetting = { policy: checked.policy ?? classroomVisitPolicy, calendar: checked.calendar };
  const cancel = { target: "cancelled", update: "recordCancellation" } as const;
  const raiseConcern = { target: "concern-raised", update: "apply" } as const;
  const schedule = { target: "scheduled", guards: ["readyToSchedule"], update: "apply" } as const;
  const { context, events } = visitSchemas();
  return defineMachine({
    id: "classroom-visit",
    description: "A classroom visit from proposal to the dialogue after the lesson, under an observation agreement.",
    context,
    events,
    // The visit's record is the agreement's: its schemas report the agreement's codes.
    templates: agreementTemplates,
    initial: "proposed",
    states: {
      proposed: {
        description: "The visit has been proposed to the class teacher.",
        on: { "share-purpose": { target: "purpose-shared", guards: ["purposeShared"], update: "apply" }, schedule, cancel },
      },
      "purpose-shared": {
        description: "Everyone involved knows the purpose of the visit (A1).",
        on: { "agree-focus": { target: "focus-agreed", guards: ["discussionBeforeLesson"], update: "apply" }, schedule, cancel },
      },
      "focus-agreed": {
        description: "Focus areas, feedback arrangements and who does what are agreed (A3, H4).",
        on: { schedule, cancel },
      },
      scheduled: {
        description: "The day, timing and length are agreed with the class teacher (A2, A4).",
        on: {
          reschedule: { guards: ["readyToSchedule"], update: "apply" },
          "record-observation": { target: "observed", guards: ["onOrAfterVisitDay", "observationRespectsAgreement"], update: "apply" },
          "raise-concern": raiseConcern,
          cancel,
        },
      },
      observed: {
        description: "The lesson has been visited; notes are informal (A5).",
        on: {
          "hold-dialogue": { target: "dialogue-held", guards: ["dialogueRespectsAgreement"], update: "apply" },
          "raise-concern": raiseConcern,
          close: { target: "closed", guards: ["recordRespectsAgreement"], update: "apply" },
        },
      },
      "dialogue-held": {
        description: "The professional dialogue after the lesson has taken place (H5).",
        on: {
          "plan-follow-up": { update: "apply" },
          "raise-concern": raiseConcern,
          close: { target: "closed", guards: ["recordRespectsAgreement"], update: "apply" },
        },
      },
      "concern-raised": {
        description: "A concern has been raised; it is to be resolved at school level (A9).",
        on: {
          "resolve-concern": [
            { when: "hasDialogue", target: "dialogue-held", guards: ["hasOpenConcern", "concernResolvedAtSchoolLevel"], update: "apply" },
            { when: "observedWithoutDialogue", target: "observed", guards: ["hasOpenConcern", "concernResolvedAtSchoolLevel"], update: "apply" },
            { when: "notYetObserved", target: "scheduled", guards: ["hasOpenConcern", "concernResolvedAtSchoolLevel"], update: "apply" },
          ],
          cancel,
        },
      },
      closed: { description: "The record of the visit is closed.", final: true },
      cancelled: { description: "The visit was cancelled, with a reason.", final: true },
    },
    guards: {
      purposeShared: agreementGuard(setting, "the purpose is shared with everyone involved (A1)", ["lnct/purpose-shared"], true),
      discussionBeforeLesson: agreementGuard(setting, "focus, purpose and who does what are agreed beforehand (A3, H4)", [
        "lnct/focus-agreed-before-visit",
        "highland/discussion-before-lesson",
      ], true),
      readyToSchedule: agreementGuard(setting, "everything agreed before the visit is agreed (A0–A4, H3, H4)", BEFORE_THE_VISIT),
      onOrAfterVisitDay,
      observationRespectsAgreement: agreementGuard(setting, "informal notes, no grades or tick boxes (A4, A5, A7)", DURING_THE_VISIT),
      dialogueRespectsAgreement: agreementGuard(setting, "the dialogue after the lesson as H5 describes", AFTER_THE_LESSON),
      hasOpenConcern,
      concernResolvedAtSchoolLevel: agreementGuard(setting, "the concern is resolved at school level (A9)", CONCERNS),
      recordRespectsAgreement: agreementGuard(setting, "the whole record respects the agreement", [
        ...BEFORE_THE_VISIT,
        ...DURING_THE_VISIT,
        ...AFTER_THE_LESSON,
        ...CONCERNS,
        "lnct/clpl-follow-up",
      ]),
      hasDialogue: routeTo((visit) => visit.dialogue !== undefined, "visit-route-dialogue-held"),
      observedWithoutDialogue: routeTo((visit) => visit.observation !== undefined && visit.dialogue === undefined, "visit-route-observed-without-dialogue"),
      notYetObserved: routeTo((visit) => visit.observation === undefined && visit.dialogue === undefined, "visit-route-not-yet-observed"),
    },
    updates: {
      apply: (context, event) => ({ ...context, visit: applyEvent(context.visit, event) }),
      recordCancellation: (context, event) =>
        event.type === "cancel" ? { ...context, cancellation: { reason: event.reason, at: event.at } } : context,
    },
  });
}

/**
 * A classroom visit's lifecycle under the observation agreement (domain §5)
 * and the sharing routine (§2): proposed → purpose shared (A1) → focus agreed
 * (A3, H4) → scheduled (A0, A2, A4) → observed (A5) → dialogue held (H5) →
 * closed; a visit can be rescheduled, cancelled with a reason before it takes
 * place, and a concern raised about it is resolved at school level (A9)
 * before it goes on. Every guard asks the rules of `classroomVisitPolicy`
 * about the record as the event would leave it, so a refusal carries the
 * agreement's own diagnostic: scheduling before focus and feedback
 * arrangements are agreed is refused with the A3 finding. A peer visit by
 * staff who are not senior promoted staff needs no written record beyond its
 * date (A7), so it may be scheduled straight from "proposed".
 *
 * For another policy or the school's calendar, use
 * {@link createClassroomVisitMachine}.
 *
 * @example
 * ```ts
 * import { plainDate } from "collegiate/calendar";
 * import { classroomVisitMachine, initialSnapshot, transition } from "collegiate/machines";
 *
 * const proposed = initialSnapshot(classroomVisitMachine, {
 *   visit: {
 *     observedTeacher: { id: "t-wong", name: "Mr Wong" },
 *     visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: true }],
 *     proposedOn: "2027-03-01",
 *   },
 * });
 * const result = transition(classroomVisitMachine, proposed, {
 *   type: "schedule",
 *   at: "2027-03-02T09:00:00+08:00",
 *   visitDay: plainDate("2027-03-10"),
 *   minutes: 40,
 *   activePartOffered: true,
 * });
 * if (!result.ok) result.refusal.diagnostics.map((d) => d.source?.clause); // ["A1", "A3", "H4", "H4"]
 * ```
 */
export const classroomVisitMachine = /* @__PURE__ */ createClassroomVisitMachine();

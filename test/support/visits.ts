/**
 * fast-check generators of classroom visits that respect every visit rule of
 * collegiate/agreement (the LNCT agreement and the sharing routine with their
 * default settings), at any stage of a visit's life, on the school calendars
 * of the fixtures. Shared by the agreement's property tests and by the stage
 * machines' tests of the visit lifecycle.
 */
import fc from "fast-check";
import {
  addDays,
  defineSchoolCalendar,
  listSchoolDays,
  type PlainDate,
  type SchoolCalendar,
} from "../../src/calendar/index.js";
import type { ClassroomVisitInput, Session, VisitorRole } from "../../src/agreement/index.js";
import { hongKong2026, scotland2026 } from "./calendars.js";

/** The stages of a classroom visit, in order. */
export const visitStages = [
  "proposed",
  "purpose-shared",
  "focus-agreed",
  "scheduled",
  "observed",
  "dialogue-held",
  "closed",
] as const;

/** A stage of a classroom visit. */
export type VisitStage = (typeof visitStages)[number];

/** A generated visit and what it is judged with. */
export interface GeneratedVisit {
  /** The visit, as JSON would give it. */
  readonly input: ClassroomVisitInput;
  /** The stage it has reached. */
  readonly stage: VisitStage;
  /** Whether no visitor is senior promoted staff (A7). */
  readonly peer: boolean;
  /** The school's calendar the visit was planned on. */
  readonly calendar: SchoolCalendar;
  /** The session it belongs to (the span of the calendar's terms). */
  readonly session: Session;
}

const weekdayCalendar = defineSchoolCalendar({
  name: "Monday to Friday 2026/27",
  terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }],
});

/** The calendars visits are generated on, with the session each spans. */
const calendars = [weekdayCalendar, hongKong2026, scotland2026].map((calendar) => {
  const start = calendar.terms.reduce((first, term) => (term.start < first ? term.start : first), calendar.terms[0]?.start as PlainDate);
  const end = calendar.terms.reduce((last, term) => (term.end > last ? term.end : last), calendar.terms[0]?.end as PlainDate);
  return { calendar, session: { start, end } as Session, schoolDays: listSchoolDays(calendar, start, addDays(end, 1)) };
});

/** Roles a partner may have under the default settings (H3). */
const partnerRoles: readonly VisitorRole[] = ["teacher", "asg-teacher", "school-manager", "quality-improvement-officer"];

const text = fc.constantFrom("group talk", "questioning", "reading roles", "wait time", "plenary", "feedback to groups");

/**
 * A visit respecting every visit rule with the default settings, judged
 * without `asOf` on its calendar and session.
 *
 * @param options - `peer` to fix whether it is a peer visit; `stage` to fix its stage.
 */
export function compliantVisitArbitrary(options: { peer?: boolean; stage?: VisitStage } = {}): fc.Arbitrary<GeneratedVisit> {
  return fc
    .record({
      setting: fc.constantFrom(...calendars),
      dayIndex: fc.nat(),
      peer: options.peer === undefined ? fc.boolean() : fc.constant(options.peer),
      stage: options.stage === undefined ? fc.constantFrom(...visitStages) : fc.constant(options.stage),
      visitorCount: fc.integer({ min: 1, max: 3 }),
      roles: fc.array(fc.constantFrom(...partnerRoles), { minLength: 3, maxLength: 3 }),
      seniorIndex: fc.nat({ max: 2 }),
      named: fc.boolean(),
      proposedBefore: fc.integer({ min: 14, max: 40 }),
      purposeBefore: fc.integer({ min: 0, max: 13 }),
      extraSharedWith: fc.boolean(),
      focusBefore: fc.integer({ min: 0, max: 13 }),
      timingBefore: fc.integer({ min: 1, max: 13 }),
      lengthBefore: fc.integer({ min: 0, max: 13 }),
      minutes: fc.integer({ min: 15, max: 90 }),
      stayedShort: fc.integer({ min: 0, max: 15 }),
      schoolImprovement: fc.option(fc.integer({ min: -20, max: 10 }), { nil: undefined }),
      notes: fc.constantFrom("none" as const, "informal" as const, "brief-record" as const, undefined),
      dialogueAfter: fc.integer({ min: 0, max: 2 }),
      areas: fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
      wentWell: fc.array(text, { minLength: 1, maxLength: 2 }),
      steps: fc.array(fc.tuple(text, fc.constantFrom("observed" as const, "observer" as const)), { minLength: 1, maxLength: 3 }),
      concerns: fc.array(fc.tuple(text, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 })), { maxLength: 2 }),
      closedAfter: fc.integer({ min: 0, max: 5 }),
    })
    .map((g): GeneratedVisit => {
      const { calendar, session, schoolDays } = g.setting;
      // Leave three school days after the visit for a late dialogue in the mutation tests.
      const visitIndex = 20 + (g.dayIndex % (schoolDays.length - 24));
      const visitDay = schoolDays[visitIndex] as PlainDate;
      const heldOn = schoolDays[visitIndex + g.dialogueAfter] as PlainDate;
      const observed = { id: "t-observed", ...(g.named ? { name: "Ms Chan" } : {}) };
      const visitors = Array.from({ length: g.visitorCount }, (_, i) => ({
        id: `v-${i + 1}`,
        ...(g.named ? { name: `Visitor ${i + 1}` } : {}),
        role: g.roles[i] as VisitorRole,
        seniorPromoted: !g.peer && i === g.seniorIndex % g.visitorCount,
        trustedByTeacher: true,
      }));
      const ids = [observed.id, ...visitors.map((visitor) => visitor.id)];
      const day = (offset: number) => addDays(visitDay, offset);
      const stages: Record<VisitStage, ClassroomVisitInput> = {} as Record<VisitStage, ClassroomVisitInput>;
      const proposed: ClassroomVisitInput = {
        observedTeacher: observed,
        visitors,
        proposedOn: day(-g.proposedBefore),
        ...(g.schoolImprovement === undefined
          ? {}
          : { relatesToSchoolImprovement: true, schoolImprovementAgreedOn: addDays(session.start, g.schoolImprovement) }),
      };
      stages.proposed = proposed;
      stages["purpose-shared"] = {
        ...proposed,
        purpose: {
          statement: "See how group talk supports reading.",
          sharedWith: g.extraSharedWith ? [...ids, "head-teacher"] : ids,
          sharedOn: day(-g.purposeBefore),
        },
      };
      stages["focus-agreed"] = {
        ...stages["purpose-shared"],
        focus: {
          areas: g.areas,
          feedbackArrangement: "Dialogue the next school day.",
          agreedOn: day(-g.focusBefore),
          whoDoesWhat: "The visitor works with one group.",
        },
      };
      stages.scheduled = {
        ...stages["focus-agreed"],
        timingAgreedOn: day(-g.timingBefore),
        visitDay,
        length: { minutes: g.minutes, agreedOn: day(-g.lengthBefore) },
        activePartOffered: true,
      };
      stages.observed = {
        ...stages.scheduled,
        observation: {
          ...(g.notes === undefined ? {} : { notes: g.notes }),
          minutesInClass: Math.max(0, g.minutes - g.stayedShort),
        },
      };
      stages["dialogue-held"] = {
        ...stages.observed,
        dialogue: {
          heldOn,
          beganWithTeachersView: true,
          wentWell: g.wentWell,
          improvementSteps: g.steps.map(([step, owner]) => ({ step, for: owner })),
        },
        clplFollowUp: [{ activity: "Questioning workshop" }],
        ...(g.concerns.length === 0
          ? {}
          : {
              concerns: g.concerns.map(([about, raised, resolved]) => ({
                raisedOn: addDays(heldOn, raised),
                about,
                resolution: { resolvedOn: addDays(heldOn, raised + resolved), level: "school" as const },
              })),
            }),
      };
      stages.closed = { ...stages["dialogue-held"], closedOn: addDays(heldOn, 9 + g.closedAfter) };
      return { input: stages[g.stage], stage: g.stage, peer: g.peer, calendar, session };
    });
}

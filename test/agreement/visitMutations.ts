/**
 * One or more ways to make a single field of a compliant visit break the
 * agreement, each with the rules that cover that field. A field covered by a
 * clause of both documents (focus agreed before the visit: A3 and H4) lists
 * both rules; a policy holding only one document's rules reports only that
 * one.
 */
import { addDays, addSchoolDays, type PlainDate } from "../../src/calendar/index.js";
import type { ClassroomVisitInput, RuleId } from "../../src/agreement/index.js";
import type { GeneratedVisit } from "../support/visits.js";

export interface VisitMutation {
  readonly name: string;
  /** The rules that cover the field. */
  readonly rules: readonly RuleId[];
  /** The top-level key every finding's path starts with. */
  readonly field: keyof ClassroomVisitInput;
  /**
   * Whether the mutation removes a record rather than contradicting one: such
   * a mutation breaks nothing in a peer visit (A7).
   */
  readonly removesRecord?: boolean;
  readonly applies: (visit: ClassroomVisitInput) => boolean;
  readonly mutate: (visit: ClassroomVisitInput, generated: GeneratedVisit) => ClassroomVisitInput;
}

const day = (visit: ClassroomVisitInput) => visit.visitDay as PlainDate;

export const visitMutations: readonly VisitMutation[] = [
  {
    name: "the purpose was not shared with the observed teacher",
    rules: ["lnct/purpose-shared"],
    field: "purpose",
    applies: (v) => v.purpose !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, purpose: { ...v.purpose!, sharedWith: v.purpose!.sharedWith.filter((id) => id !== v.observedTeacher.id) } }),
  },
  {
    name: "the purpose was shared after the visit",
    rules: ["lnct/purpose-shared", "highland/discussion-before-lesson"],
    field: "purpose",
    applies: (v) => v.purpose !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, purpose: { ...v.purpose!, sharedOn: addDays(day(v), 1) } }),
  },
  {
    name: "the timing was agreed on the visit day",
    rules: ["lnct/timing-agreed-in-advance"],
    field: "timingAgreedOn",
    applies: (v) => v.timingAgreedOn !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, timingAgreedOn: v.visitDay }),
  },
  {
    name: "the focus was agreed after the visit",
    rules: ["lnct/focus-agreed-before-visit", "highland/discussion-before-lesson"],
    field: "focus",
    applies: (v) => v.focus !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, focus: { ...v.focus!, agreedOn: addDays(day(v), 1) } }),
  },
  {
    name: "the length of stay was agreed after the visit",
    rules: ["lnct/length-agreed-in-advance"],
    field: "length",
    applies: (v) => v.length !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, length: { ...v.length!, agreedOn: addDays(day(v), 2) } }),
  },
  {
    name: "the visitor stayed longer than agreed",
    rules: ["lnct/length-agreed-in-advance"],
    field: "observation",
    applies: (v) => v.length !== undefined && v.observation !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, observation: { ...v.observation, minutesInClass: v.length!.minutes + 10 } }),
  },
  {
    name: "no active part was offered",
    rules: ["lnct/active-part-offered"],
    field: "activePartOffered",
    applies: (v) => v.activePartOffered !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, activePartOffered: false }),
  },
  {
    name: "notes were kept on a tick-box form",
    rules: ["lnct/no-grades-or-tick-boxes"],
    field: "observation",
    applies: (v) => v.observation !== undefined,
    mutate: (v) => ({ ...v, observation: { ...v.observation, notes: "tick-box" } }),
  },
  {
    name: "a grade was given",
    rules: ["lnct/no-grades-or-tick-boxes"],
    field: "observation",
    applies: (v) => v.observation !== undefined,
    mutate: (v) => ({ ...v, observation: { ...v.observation, grades: [{ criterion: "Pace", grade: 3 }] } }),
  },
  {
    name: "the CLPL follow-up of agreed steps is not recorded",
    rules: ["lnct/clpl-follow-up"],
    field: "clplFollowUp",
    removesRecord: true,
    applies: (v) => v.clplFollowUp !== undefined && (v.dialogue?.improvementSteps?.length ?? 0) > 0,
    mutate: ({ clplFollowUp: _removed, ...v }) => v,
  },
  {
    name: "the date of a visit that took place is not noted",
    rules: ["lnct/visit-date-noted"],
    field: "visitDay",
    applies: (v) => v.visitDay !== undefined && (v.observation !== undefined || v.dialogue !== undefined || v.closedOn !== undefined),
    mutate: ({ visitDay: _removed, ...v }) => v,
  },
  {
    name: "a concern was resolved by the education authority",
    rules: ["lnct/concern-resolved-at-school-level"],
    field: "concerns",
    applies: (v) => (v.concerns?.length ?? 0) > 0,
    mutate: (v) => ({
      ...v,
      concerns: v.concerns!.map((concern, i) =>
        i === 0 ? { ...concern, resolution: { ...concern.resolution!, level: "education-authority" as const } } : concern,
      ),
    }),
  },
  {
    name: "a concern was still open at closure",
    rules: ["lnct/concern-resolved-at-school-level"],
    field: "concerns",
    applies: (v) => (v.concerns?.length ?? 0) > 0 && v.closedOn !== undefined,
    mutate: (v) => ({
      ...v,
      concerns: v.concerns!.map((concern, i) => (i === 0 ? { raisedOn: concern.raisedOn, about: concern.about } : concern)),
    }),
  },
  {
    name: "a school-improvement visit was agreed months into the session",
    rules: ["lnct/school-improvement-agreed-at-session-start"],
    field: "schoolImprovementAgreedOn",
    applies: (v) => v.relatesToSchoolImprovement === true,
    mutate: (v, g) => ({ ...v, schoolImprovementAgreedOn: addDays(g.session.start, 90) }),
  },
  {
    name: "a visitor is a pupil",
    rules: ["highland/trusted-partner"],
    field: "visitors",
    applies: () => true,
    mutate: (v) => ({ ...v, visitors: v.visitors.map((visitor, i) => (i === 0 ? { ...visitor, role: "pupil" as const } : visitor)) }),
  },
  {
    name: "the teacher has no confidence in a visitor",
    rules: ["highland/trusted-partner"],
    field: "visitors",
    applies: () => true,
    mutate: (v) => ({ ...v, visitors: v.visitors.map((visitor, i) => (i === 0 ? { ...visitor, trustedByTeacher: false } : visitor)) }),
  },
  {
    name: "who does what was not agreed",
    rules: ["highland/discussion-before-lesson"],
    field: "focus",
    removesRecord: true,
    applies: (v) => v.focus?.whoDoesWhat !== undefined && v.visitDay !== undefined,
    mutate: (v) => {
      const { whoDoesWhat: _removed, ...focus } = v.focus!;
      return { ...v, focus };
    },
  },
  {
    name: "the dialogue took place three school days after the lesson",
    rules: ["highland/dialogue-soon-after-lesson"],
    field: "dialogue",
    applies: (v) => v.dialogue !== undefined && v.visitDay !== undefined,
    mutate: (v, g) => ({ ...v, dialogue: { ...v.dialogue!, heldOn: addSchoolDays(g.calendar, day(v), 3) } }),
  },
  {
    name: "the dialogue is dated before the lesson",
    rules: ["highland/dialogue-soon-after-lesson"],
    field: "dialogue",
    applies: (v) => v.dialogue !== undefined && v.visitDay !== undefined,
    mutate: (v) => ({ ...v, dialogue: { ...v.dialogue!, heldOn: addDays(day(v), -1) } }),
  },
  {
    name: "the dialogue did not begin with the teacher's view",
    rules: ["highland/dialogue-begins-with-teachers-view"],
    field: "dialogue",
    applies: (v) => v.dialogue !== undefined,
    mutate: (v) => ({ ...v, dialogue: { ...v.dialogue!, beganWithTeachersView: false } }),
  },
  {
    name: "the dialogue recognised nothing that went well",
    rules: ["highland/dialogue-recognises-success"],
    field: "dialogue",
    applies: (v) => v.dialogue !== undefined,
    mutate: (v) => ({ ...v, dialogue: { ...v.dialogue!, wentWell: [] } }),
  },
  {
    name: "the dialogue agreed four improvement steps",
    rules: ["highland/manageable-improvement-steps"],
    field: "dialogue",
    applies: (v) => v.dialogue !== undefined,
    mutate: (v) => ({
      ...v,
      dialogue: { ...v.dialogue!, improvementSteps: ["a", "b", "c", "d"].map((step) => ({ step, for: "observed" as const })) },
    }),
  },
  {
    name: "the dialogue agreed no improvement step",
    rules: ["highland/manageable-improvement-steps"],
    field: "dialogue",
    applies: (v) => v.dialogue !== undefined,
    mutate: (v) => ({ ...v, dialogue: { ...v.dialogue!, improvementSteps: [] } }),
  },
];

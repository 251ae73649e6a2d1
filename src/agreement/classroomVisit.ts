import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { schemaIssue } from "../text/templates.js";
import { schemaError, schemaMessage, text } from "./schemaText.js";
import { VisitorRoleSchema } from "./visitorRole.js";

/**
 * Schema of a member of staff named in a record: a stable id (used to match
 * people across visits) and, for messages, a name.
 *
 * @example
 * ```ts
 * import { StaffRefSchema } from "collegiate/agreement";
 *
 * StaffRefSchema.parse({ id: "t-chan", name: "Ms Chan" });
 * ```
 */
export const StaffRefSchema = /* @__PURE__ */ z.strictObject({
  /** Stable id of the person, such as a staff number. */
  id: text("schema.id"),
  /** The person's name, for messages; the id is shown when it is missing. */
  name: text().optional(),
});

/**
 * A member of staff named in a record.
 *
 * @example
 * ```ts
 * import type { StaffRef } from "collegiate/agreement";
 *
 * const teacher: StaffRef = { id: "t-chan", name: "Ms Chan" };
 * ```
 */
export type StaffRef = z.infer<typeof StaffRefSchema>;

/**
 * Schema of a visitor to a lesson: who they are, their role, and whether they
 * are senior promoted staff (head teacher, depute, principal teacher and
 * similar managers). A visit by visitors none of whom is senior promoted staff
 * is a peer visit (clause A7).
 *
 * @example
 * ```ts
 * import { VisitorSchema } from "collegiate/agreement";
 *
 * VisitorSchema.parse({ id: "t-wong", name: "Mr Wong", role: "teacher", seniorPromoted: false, trustedByTeacher: true });
 * ```
 */
export const VisitorSchema = /* @__PURE__ */ z.strictObject({
  ...StaffRefSchema.shape,
  /** Who the visitor is (H3 lists the kinds of partner a teacher may choose). */
  role: VisitorRoleSchema,
  /** Whether the visitor is senior promoted staff; a visit by none is a peer visit (A7). */
  seniorPromoted: z.boolean(),
  /** Whether the observed teacher has confidence in this visitor (H3); not recorded when absent. */
  trustedByTeacher: z.boolean().optional(),
});

/**
 * A visitor to a lesson.
 *
 * @example
 * ```ts
 * import type { Visitor } from "collegiate/agreement";
 *
 * const visitor: Visitor = { id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true };
 * ```
 */
export type Visitor = z.infer<typeof VisitorSchema>;

/**
 * Schema of the kind of notes kept during a lesson (A5): none, informal notes,
 * a brief written record, or a tick-box form (which the agreement rules out).
 *
 * @example
 * ```ts
 * import { NotesKindSchema } from "collegiate/agreement";
 *
 * NotesKindSchema.options; // ["none", "informal", "brief-record", "tick-box"]
 * ```
 */
export const NotesKindSchema = /* @__PURE__ */ z.enum(["none", "informal", "brief-record", "tick-box"]);

/**
 * The kind of notes kept during a lesson.
 *
 * @example
 * ```ts
 * import type { NotesKind } from "collegiate/agreement";
 *
 * const notes: NotesKind = "informal";
 * ```
 */
export type NotesKind = z.infer<typeof NotesKindSchema>;

/**
 * Schema of the level at which a concern was resolved (A9): at school level,
 * by the education authority, or nationally.
 *
 * @example
 * ```ts
 * import { ConcernLevelSchema } from "collegiate/agreement";
 *
 * ConcernLevelSchema.parse("school"); // "school"
 * ```
 */
export const ConcernLevelSchema = /* @__PURE__ */ z.enum(["school", "education-authority", "national"]);

/**
 * The level at which a concern was resolved.
 *
 * @example
 * ```ts
 * import type { ConcernLevel } from "collegiate/agreement";
 *
 * const level: ConcernLevel = "school";
 * ```
 */
export type ConcernLevel = z.infer<typeof ConcernLevelSchema>;

const PurposeSchema = /* @__PURE__ */ z.strictObject({
  /** Why the visit takes place, in a sentence. */
  statement: text(),
  /** Ids of everyone the purpose was shared with. */
  sharedWith: z.array(text("schema.id")),
  /** When the purpose was shared. */
  sharedOn: PlainDateSchema,
});

const FocusSchema = /* @__PURE__ */ z.strictObject({
  /** The areas of focus agreed. */
  areas: z.array(text()).min(1, schemaError("schema.focus-areas")),
  /**
   * How feedback will be given, such as "dialogue the next morning". Required
   * when a visitor is senior promoted staff (A3); a peer visit (A7) needs only
   * its focus agreed beforehand, so it may leave this out.
   */
  feedbackArrangement: text().optional(),
  /** When focus and feedback arrangements were agreed. */
  agreedOn: PlainDateSchema,
  /** Who does what in the lesson, as agreed in the discussion beforehand (H4). */
  whoDoesWhat: text().optional(),
});

const LengthSchema = /* @__PURE__ */ z.strictObject({
  /** How long the visitor stays in class. */
  minutes: z.int().min(1).max(24 * 60),
  /** When the length was agreed. */
  agreedOn: PlainDateSchema,
});

const GradeSchema = /* @__PURE__ */ z.strictObject({
  /** What was graded or ticked. */
  criterion: text(),
  /** The grade, score or tick given. */
  grade: z.union([z.string(), z.number()]),
});

const ObservationSchema = /* @__PURE__ */ z.strictObject({
  /** The kind of notes kept (A5). */
  notes: NotesKindSchema.optional(),
  /** Grades or tick-box scores given, which A5 rules out. */
  grades: z.array(GradeSchema).optional(),
  /** How long the visitor stayed in class. */
  minutesInClass: z.int().min(0).max(24 * 60).optional(),
});

const ImprovementStepSchema = /* @__PURE__ */ z.strictObject({
  /** The step, in a sentence. */
  step: text(),
  /** Whose step it is: the observed teacher's or the observer's (H5 asks for both kinds). */
  for: z.enum(["observed", "observer"]),
});

const DialogueSchema = /* @__PURE__ */ z.strictObject({
  /** When the professional dialogue after the lesson took place. */
  heldOn: PlainDateSchema,
  /** Whether it began with the observed teacher's own view of the lesson. */
  beganWithTeachersView: z.boolean().optional(),
  /** What went well, as recognised in the dialogue. */
  wentWell: z.array(text()).optional(),
  /** The improvement steps agreed. */
  improvementSteps: z.array(ImprovementStepSchema).optional(),
});

const ConcernSchema = /* @__PURE__ */ z.strictObject({
  /** When the concern was raised. */
  raisedOn: PlainDateSchema,
  /** Id of who raised it. */
  raisedBy: text("schema.id").optional(),
  /** What the concern is about. */
  about: text(),
  /** How it was resolved; absent while it is open. */
  resolution: z
    .strictObject({
      /** When it was resolved. */
      resolvedOn: PlainDateSchema,
      /** At which level it was resolved (A9 asks for school level). */
      level: ConcernLevelSchema,
      /** What was decided. */
      outcome: text().optional(),
    })
    .optional(),
});

const ClplFollowUpSchema = /* @__PURE__ */ z.strictObject({
  /** The career-long professional learning activity. */
  activity: text(),
  /** When it is planned. */
  plannedOn: PlainDateSchema.optional(),
});

/**
 * Schema of a classroom visit at any stage of its life: proposed, purpose
 * shared, focus agreed, scheduled, observed, dialogue held, closed. Facts that
 * happen later (the visit day, the observation, the dialogue, the closure) are
 * optional until they happen; the rules judge what is recorded (see the
 * agreement guide). Unknown keys are rejected, so a typing mistake cannot pass
 * unnoticed.
 *
 * - `observedTeacher`, `visitors`: the people; they are part of every record,
 *   since they decide whether the visit is a peer visit (A7).
 * - `proposedOn`, `purpose`, `focus`, `timingAgreedOn`, `length`,
 *   `activePartOffered`: what is settled before the visit (A1–A4, H4).
 * - `visitDay`: the day of the visit; present once it is scheduled.
 * - `relatesToSchoolImprovement`, `schoolImprovementAgreedOn`: A0.
 * - `observation`: notes kept, any grades, minutes in class (A4, A5).
 * - `dialogue`: the professional dialogue after the lesson (H5).
 * - `clplFollowUp`: follow-up through career-long professional learning (A6).
 * - `concerns`: concerns raised and how they were resolved (A9).
 * - `closedOn`: when the record was closed.
 *
 * @example
 * ```ts
 * import { ClassroomVisitSchema } from "collegiate/agreement";
 *
 * const parsed = ClassroomVisitSchema.safeParse({
 *   observedTeacher: { id: "t-chan", name: "Ms Chan" },
 *   visitors: [{ id: "t-wong", name: "Mr Wong", role: "teacher", seniorPromoted: false }],
 *   visitDay: "2027-03-18",
 * });
 * parsed.success; // true: a peer visit needs only its date (A7)
 * ```
 *
 * A peer visit's focus may leave out `feedbackArrangement` (A7 asks only that
 * the areas of focus are agreed beforehand); when a visitor is senior promoted
 * staff it is required (A3).
 */
export const ClassroomVisitSchema = /* @__PURE__ */ z
  .strictObject({
    /** A reference for the visit, for messages and reports. */
    id: text().optional(),
    /** The class teacher whose lesson is visited. */
    observedTeacher: StaffRefSchema,
    /** Everyone who visits the lesson. */
    visitors: z.array(VisitorSchema).min(1, schemaError("schema.visitors")),
    /** When the visit was proposed. */
    proposedOn: PlainDateSchema.optional(),
    /** The purpose of the visit and who it was shared with (A1). */
    purpose: PurposeSchema.optional(),
    /** Focus areas and feedback arrangements, and when they were agreed (A3, H4). */
    focus: FocusSchema.optional(),
    /** When the timing was agreed with the class teacher (A2). */
    timingAgreedOn: PlainDateSchema.optional(),
    /** The day of the visit; present once it is scheduled. */
    visitDay: PlainDateSchema.optional(),
    /** How long the visitor stays, and when that was agreed (A4). */
    length: LengthSchema.optional(),
    /** Whether the visitor was offered an active part in the lesson (A4). */
    activePartOffered: z.boolean().optional(),
    /** Whether the visit relates to school improvement (A0); `false` when absent. */
    relatesToSchoolImprovement: z.boolean().optional(),
    /** When a school-improvement visit was agreed (A0). */
    schoolImprovementAgreedOn: PlainDateSchema.optional(),
    /** What was kept during the lesson (A4, A5); present once the visit took place. */
    observation: ObservationSchema.optional(),
    /** The professional dialogue after the lesson (H5). */
    dialogue: DialogueSchema.optional(),
    /** Follow-up of agreed developments through career-long professional learning (A6). */
    clplFollowUp: z.array(ClplFollowUpSchema).optional(),
    /** Concerns raised about the visit and how they were resolved (A9). */
    concerns: z.array(ConcernSchema).optional(),
    /** When the record of the visit was closed. */
    closedOn: PlainDateSchema.optional(),
  })
  .check((ctx) => {
    const seen = new Set<string>([ctx.value.observedTeacher.id]);
    ctx.value.visitors.forEach((visitor, index) => {
      if (!seen.has(visitor.id)) {
        seen.add(visitor.id);
        return;
      }
      const self = visitor.id === ctx.value.observedTeacher.id;
      ctx.issues.push(
        schemaIssue(
          schemaMessage(self ? "schema.observed-teacher-visits" : "schema.duplicate-visitor"),
          { id: visitor.id },
          { ruleId: self ? "observed-teacher-visits" : "duplicate-visitor", path: ["visitors", index, "id"], input: visitor.id },
        ),
      );
    });
  })
  // Runs even when other fields have problems, so that a senior visit's
  // missing feedback arrangement is reported beside them, as when the field
  // was plainly required.
  .superRefine(
    (value, ctx) => {
      if (feedbackArrangementMissing(value)) {
        ctx.addIssue(schemaIssue(schemaMessage("schema.feedback-arrangement-required"), {}, { ruleId: "feedback-arrangement-required", path: ["focus", "feedbackArrangement"] }));
      }
    },
    { when: () => true },
  );

/**
 * Whether a record's focus leaves out its feedback arrangement while a visitor
 * is senior promoted staff (A3 asks it of them; A7 spares peer visits). Reads
 * the value defensively: other fields may not have parsed.
 */
function feedbackArrangementMissing(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { focus, visitors } = value as { focus?: unknown; visitors?: unknown };
  if (typeof focus !== "object" || focus === null || (focus as { feedbackArrangement?: unknown }).feedbackArrangement !== undefined) {
    return false;
  }
  return Array.isArray(visitors) && visitors.some((visitor: unknown) => (visitor as { seniorPromoted?: unknown } | null)?.seniorPromoted === true);
}

/**
 * A classroom visit, as validated by {@link ClassroomVisitSchema}.
 *
 * @example
 * ```ts
 * import type { ClassroomVisit } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const visit: ClassroomVisit = {
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "t-wong", role: "teacher", seniorPromoted: false }],
 *   visitDay: plainDate("2027-03-18"),
 * };
 * ```
 */
export type ClassroomVisit = z.infer<typeof ClassroomVisitSchema>;

/**
 * What {@link ClassroomVisitSchema} accepts: days as plain `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * import type { ClassroomVisitInput } from "collegiate/agreement";
 *
 * const input: ClassroomVisitInput = {
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   proposedOn: "2027-02-22",
 * };
 * ```
 */
export type ClassroomVisitInput = z.input<typeof ClassroomVisitSchema>;

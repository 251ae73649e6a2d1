/**
 * Validated records for the rule tests: the sample records of the rule
 * reference with a few changes, parsed by their schemas so that a rule's
 * `check` gets what a validation would give it.
 */
import {
  ClassroomVisitSchema,
  LearningCommunitySchema,
  SessionSchema,
  SharingActivityPlanSchema,
  StaffRosterSchema,
  type ClassroomVisit,
  type ClassroomVisitInput,
  type LearningCommunity,
  type LearningCommunityInput,
  type SessionRecord,
  type SessionRecordInput,
  type SharingActivityPlan,
  type SharingActivityPlanInput,
} from "../../src/agreement/index.js";
import {
  communityWith,
  planWith,
  sampleCommunity,
  samplePlan,
  sampleSession,
  sampleVisit,
  sessionWith,
  visitWith,
  type Changes,
} from "../../src/agreement/exampleRecords.js";

export { sampleCommunity, samplePlan, sampleSession, sampleVisit };

/** The sample visit (a closed visit by a school manager, 18 March 2027) with changes, validated. */
export function visit(changes: Changes<ClassroomVisitInput> = {}): ClassroomVisit {
  return ClassroomVisitSchema.parse(visitWith(changes));
}

/** A peer visit by Mr Wong to Ms Chan's lesson with only its people and the given facts, validated. */
export function peerVisit(facts: Partial<ClassroomVisitInput> = {}): ClassroomVisit {
  return ClassroomVisitSchema.parse({
    observedTeacher: { id: "t-chan", name: "Ms Chan" },
    visitors: [{ id: "t-wong", name: "Mr Wong", role: "teacher", seniorPromoted: false }],
    ...facts,
  });
}

/** A visit by Mrs Lee (senior promoted staff) with only its people and the given facts, validated. */
export function managerVisit(facts: Partial<ClassroomVisitInput> = {}): ClassroomVisit {
  return ClassroomVisitSchema.parse({
    observedTeacher: { id: "t-chan", name: "Ms Chan" },
    visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true }],
    ...facts,
  });
}

/** The sample session (three teachers, six peer visits) with changes, validated. */
export function sessionRecord(changes: Changes<SessionRecordInput> = {}): SessionRecord {
  const input = sessionWith(changes);
  return {
    session: SessionSchema.parse(input.session),
    staff: StaffRosterSchema.parse(input.staff),
    visits: input.visits.map((item) => ClassroomVisitSchema.parse(item)),
  };
}

/** The sample learning community with changes, validated. */
export function community(changes: Changes<LearningCommunityInput> = {}): LearningCommunity {
  return LearningCommunitySchema.parse(communityWith(changes));
}

/** The sample sharing activity plan with changes, validated. */
export function plan(changes: Changes<SharingActivityPlanInput> = {}): SharingActivityPlan {
  return SharingActivityPlanSchema.parse(planWith(changes));
}

/**
 * Observation-agreement validation: classroom visits, sessions, learning
 * communities and joint-school sharing plans checked against the clauses of
 * their source documents. Every rule has an id, a default severity, the
 * clause it enforces and a `check`; policies choose rules and severities;
 * `validate…` functions take untrusted input and never throw.
 *
 * @example
 * ```ts
 * import { formatDiagnostics, validateVisit } from "collegiate/agreement";
 *
 * const result = validateVisit({
 *   observedTeacher: { id: "t-chan", name: "Ms Chan" },
 *   visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: "2027-03-18",
 * });
 * console.log(formatDiagnostics(result.diagnostics));
 * ```
 *
 * @module agreement
 */
export { AgreementOptionsSchema, defaultAgreementOptions, type AgreementOptions } from "./agreementOptions.js";
export { agreementRules, RuleIdSchema, ruleById, type RuleId } from "./agreementRules.js";
export { builtinPolicies, type BuiltinPolicyName } from "./builtinPolicies.js";
export {
  ClassroomVisitSchema,
  ConcernLevelSchema,
  NotesKindSchema,
  StaffRefSchema,
  VisitorSchema,
  type ClassroomVisit,
  type ClassroomVisitInput,
  type ConcernLevel,
  type NotesKind,
  type StaffRef,
  type Visitor,
} from "./classroomVisit.js";
export { definePolicy, parsePolicy, PolicyInputSchema, type PolicyInput, type PolicyReference } from "./definePolicy.js";
export { isPeerVisit } from "./isPeerVisit.js";
export {
  LearningCommunitySchema,
  MediaKindSchema,
  type LearningCommunity,
  type LearningCommunityInput,
  type MediaKind,
} from "./learningCommunity.js";
export { classroomVisitPolicy } from "./policies/classroomVisitPolicy.js";
export { highlandSharing } from "./policies/highlandSharing.js";
export { jointSchoolSharingPolicy } from "./policies/jointSchoolSharingPolicy.js";
export { learningCommunityService } from "./policies/learningCommunityService.js";
export { lnctAgreement } from "./policies/lnctAgreement.js";
export { isPolicy, type Policy } from "./policy.js";
export type {
  AgreementRule,
  AnyAgreementRule,
  RuleCheckContext,
  RuleExample,
  RuleSubject,
  RuleSubjects,
  SessionRecord,
  SessionRecordInput,
  ValidationContext,
} from "./rule.js";
export { renderRuleReference } from "./ruleReference.js";
export { coordinatorAppointed } from "./rules/community/coordinatorAppointed.js";
export { copyrightOwnerNamed } from "./rules/community/copyrightOwnerNamed.js";
export { mediaConsent } from "./rules/community/mediaConsent.js";
export { regularMeetings } from "./rules/community/regularMeetings.js";
export { dialogueBeginsWithTeachersView } from "./rules/highland/dialogueBeginsWithTeachersView.js";
export { dialogueRecognisesSuccess } from "./rules/highland/dialogueRecognisesSuccess.js";
export { dialogueSoonAfterLesson } from "./rules/highland/dialogueSoonAfterLesson.js";
export { discussionBeforeLesson } from "./rules/highland/discussionBeforeLesson.js";
export { extendedSharingTwice } from "./rules/highland/extendedSharingTwice.js";
export { manageableImprovementSteps } from "./rules/highland/manageableImprovementSteps.js";
export { trustedPartner } from "./rules/highland/trustedPartner.js";
export { activePartOffered } from "./rules/lnct/activePartOffered.js";
export { clplFollowUp } from "./rules/lnct/clplFollowUp.js";
export { concernResolvedAtSchoolLevel } from "./rules/lnct/concernResolvedAtSchoolLevel.js";
export { focusAgreedBeforeVisit } from "./rules/lnct/focusAgreedBeforeVisit.js";
export { lengthAgreedInAdvance } from "./rules/lnct/lengthAgreedInAdvance.js";
export { noGradesOrTickBoxes } from "./rules/lnct/noGradesOrTickBoxes.js";
export { purposeShared } from "./rules/lnct/purposeShared.js";
export { schoolImprovementAgreedAtSessionStart } from "./rules/lnct/schoolImprovementAgreedAtSessionStart.js";
export { summaryReport } from "./rules/lnct/summaryReport.js";
export { timingAgreedInAdvance } from "./rules/lnct/timingAgreedInAdvance.js";
export { visitDateNoted } from "./rules/lnct/visitDateNoted.js";
export { basicDetailsBeforeContent } from "./rules/sharing/basicDetailsBeforeContent.js";
export { basicDetailsConfirmed } from "./rules/sharing/basicDetailsConfirmed.js";
export { representativesAppointed } from "./rules/sharing/representativesAppointed.js";
export {
  SessionSchema,
  StaffRosterSchema,
  type Session,
  type SessionInput,
  type StaffRoster,
} from "./session.js";
export {
  SharingActivityPlanSchema,
  type SharingActivityPlan,
  type SharingActivityPlanInput,
} from "./sharingActivityPlan.js";
export { validateCommunity } from "./validateCommunity.js";
export { validatePlan } from "./validatePlan.js";
export { validateSession, type ValidateSessionOptions } from "./validateSession.js";
export { validateVisit } from "./validateVisit.js";
export { VisitorRoleSchema, type VisitorRole } from "./visitorRole.js";
// The shared diagnostics, so that a tool importing only this subpath can render and type them.
export { hasErrors, type Diagnostic, type Severity } from "../diagnostics/diagnostic.js";
export { formatDiagnostics, type FormatDiagnosticsOptions } from "../diagnostics/formatDiagnostics.js";
export type { Result } from "../diagnostics/result.js";
export { en, LocaleSchema, type CollegiateLocale, type Locale, type LocaleOptions } from "../text/locale.js";

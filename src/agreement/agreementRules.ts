import { z } from "zod";
import { dialogueBeginsWithTeachersView } from "./rules/highland/dialogueBeginsWithTeachersView.js";
import { dialogueRecognisesSuccess } from "./rules/highland/dialogueRecognisesSuccess.js";
import { dialogueSoonAfterLesson } from "./rules/highland/dialogueSoonAfterLesson.js";
import { discussionBeforeLesson } from "./rules/highland/discussionBeforeLesson.js";
import { extendedSharingTwice } from "./rules/highland/extendedSharingTwice.js";
import { manageableImprovementSteps } from "./rules/highland/manageableImprovementSteps.js";
import { trustedPartner } from "./rules/highland/trustedPartner.js";
import { activePartOffered } from "./rules/lnct/activePartOffered.js";
import { clplFollowUp } from "./rules/lnct/clplFollowUp.js";
import { concernResolvedAtSchoolLevel } from "./rules/lnct/concernResolvedAtSchoolLevel.js";
import { focusAgreedBeforeVisit } from "./rules/lnct/focusAgreedBeforeVisit.js";
import { lengthAgreedInAdvance } from "./rules/lnct/lengthAgreedInAdvance.js";
import { noGradesOrTickBoxes } from "./rules/lnct/noGradesOrTickBoxes.js";
import { purposeShared } from "./rules/lnct/purposeShared.js";
import { schoolImprovementAgreedAtSessionStart } from "./rules/lnct/schoolImprovementAgreedAtSessionStart.js";
import { summaryReport } from "./rules/lnct/summaryReport.js";
import { timingAgreedInAdvance } from "./rules/lnct/timingAgreedInAdvance.js";
import { visitDateNoted } from "./rules/lnct/visitDateNoted.js";
import { coordinatorAppointed } from "./rules/community/coordinatorAppointed.js";
import { copyrightOwnerNamed } from "./rules/community/copyrightOwnerNamed.js";
import { mediaConsent } from "./rules/community/mediaConsent.js";
import { regularMeetings } from "./rules/community/regularMeetings.js";
import { basicDetailsBeforeContent } from "./rules/sharing/basicDetailsBeforeContent.js";
import { basicDetailsConfirmed } from "./rules/sharing/basicDetailsConfirmed.js";
import { representativesAppointed } from "./rules/sharing/representativesAppointed.js";

/**
 * Every rule of collegiate/agreement, in the order of the source documents'
 * clauses: the LNCT agreement (A0–A9), the sharing routine (H2–H5), learning
 * communities (L2–L5), the joint-school sharing activity (S1, S3, S5).
 *
 * @example
 * ```ts
 * import { agreementRules } from "collegiate/agreement";
 *
 * agreementRules.map((rule) => `${rule.source.clause} ${rule.id}`)[0];
 * // "A0 lnct/school-improvement-agreed-at-session-start"
 * ```
 */
export const agreementRules = /* @__PURE__ */ Object.freeze([
  schoolImprovementAgreedAtSessionStart,
  purposeShared,
  timingAgreedInAdvance,
  focusAgreedBeforeVisit,
  lengthAgreedInAdvance,
  activePartOffered,
  noGradesOrTickBoxes,
  clplFollowUp,
  visitDateNoted,
  summaryReport,
  concernResolvedAtSchoolLevel,
  extendedSharingTwice,
  trustedPartner,
  discussionBeforeLesson,
  dialogueSoonAfterLesson,
  dialogueBeginsWithTeachersView,
  dialogueRecognisesSuccess,
  manageableImprovementSteps,
  coordinatorAppointed,
  regularMeetings,
  mediaConsent,
  copyrightOwnerNamed,
  representativesAppointed,
  basicDetailsConfirmed,
  basicDetailsBeforeContent,
] as const);

/**
 * The id of a rule of collegiate/agreement, such as `"lnct/focus-agreed-before-visit"`.
 *
 * @example
 * ```ts
 * import type { RuleId } from "collegiate/agreement";
 *
 * const id: RuleId = "highland/dialogue-soon-after-lesson";
 * ```
 */
export type RuleId = (typeof agreementRules)[number]["id"];

const ids = /* @__PURE__ */ agreementRules.map((rule) => rule.id) as [RuleId, ...RuleId[]];

/**
 * Schema of a rule id: one of the ids of {@link agreementRules}.
 *
 * @example
 * ```ts
 * import { RuleIdSchema } from "collegiate/agreement";
 *
 * RuleIdSchema.safeParse("lnct/no-grades-or-tick-boxes").success; // true
 * ```
 */
export const RuleIdSchema = /* @__PURE__ */ z.enum(ids);

const byId = /* @__PURE__ */ new Map<string, (typeof agreementRules)[number]>(agreementRules.map((rule) => [rule.id, rule]));

/**
 * The rule with an id, or `undefined` when there is none.
 *
 * @param id - A rule id, such as `"lnct/purpose-shared"`.
 * @returns The rule.
 *
 * @example
 * ```ts
 * import { ruleById } from "collegiate/agreement";
 *
 * ruleById("lnct/purpose-shared")?.source.clause; // "A1"
 * ```
 */
export function ruleById(id: string): (typeof agreementRules)[number] | undefined {
  return byId.get(id);
}

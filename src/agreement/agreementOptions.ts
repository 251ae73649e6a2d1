import { z } from "zod";
import { schemaError } from "./schemaText.js";
import { VisitorRoleSchema } from "./visitorRole.js";

/**
 * Schema of the settings of the agreement rules. Each setting belongs to one
 * rule; a policy holds a full set, and {@link definePolicy} overrides a few.
 * Counts in school days use the calendar given to a validation, or a Monday to
 * Friday calendar without closures when none is given.
 *
 * - `minimumNoticeDays` (A2, default 1): calendar days by which the timing of
 *   a visit must be agreed with the class teacher before the visit day.
 * - `schoolImprovementWithinSchoolDays` (A0, default 20): a school-improvement
 *   visit is agreed within this many school days of the start of the session.
 * - `partnerRoles` (H3): the kinds of partner a teacher may choose; by default
 *   a teacher of the school or its ASG, a school manager, or a quality
 *   improvement officer.
 * - `dialogueWithinSchoolDays` (H5, default 2): the dialogue takes place at
 *   the latest this many school days after the lesson.
 * - `improvementSteps` (H5, default 1 to 3): a manageable number of improvement
 *   steps, both bounds included.
 * - `extendedSharingPerSession` (H2, default 2): how many times each teacher
 *   takes part as observer, and as observed, in a session.
 * - `meetingGapSchoolDays` (L3, default 30, about six school weeks): the most
 *   school days from one internal meeting to the next.
 *
 * @example
 * ```ts
 * import { AgreementOptionsSchema } from "collegiate/agreement";
 *
 * AgreementOptionsSchema.partial().parse({ dialogueWithinSchoolDays: 3 });
 * ```
 */
export const AgreementOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    minimumNoticeDays: z.int().min(0).max(366),
    schoolImprovementWithinSchoolDays: z.int().min(1).max(400),
    partnerRoles: z.array(VisitorRoleSchema).min(1),
    dialogueWithinSchoolDays: z.int().min(0).max(400),
    improvementSteps: z
      .strictObject({ min: z.int().min(0).max(100), max: z.int().min(0).max(100) })
      .refine((steps) => steps.min <= steps.max, { ...schemaError("schema.improvement-steps"), path: ["max"] }),
    extendedSharingPerSession: z.int().min(1).max(100),
    meetingGapSchoolDays: z.int().min(1).max(400),
  });

/**
 * The settings of the agreement rules; see {@link AgreementOptionsSchema}.
 *
 * @example
 * ```ts
 * import { lnctAgreement, type AgreementOptions } from "collegiate/agreement";
 *
 * const options: AgreementOptions = lnctAgreement.options;
 * options.dialogueWithinSchoolDays; // 2
 * ```
 */
export type AgreementOptions = z.infer<typeof AgreementOptionsSchema>;

/**
 * The default settings of the agreement rules.
 *
 * @example
 * ```ts
 * import { defaultAgreementOptions } from "collegiate/agreement";
 *
 * defaultAgreementOptions.improvementSteps; // { min: 1, max: 3 }
 * ```
 */
export const defaultAgreementOptions: AgreementOptions = /* @__PURE__ */ Object.freeze({
  minimumNoticeDays: 1,
  schoolImprovementWithinSchoolDays: 20,
  partnerRoles: Object.freeze(["teacher", "asg-teacher", "school-manager", "quality-improvement-officer"]) as AgreementOptions["partnerRoles"],
  dialogueWithinSchoolDays: 2,
  improvementSteps: Object.freeze({ min: 1, max: 3 }),
  extendedSharingPerSession: 2,
  meetingGapSchoolDays: 30,
});

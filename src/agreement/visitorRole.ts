import { z } from "zod";

/**
 * Schema of who a visitor to a lesson is, in the words of the sharing routine
 * (H3 and the list of participants in "Sharing Learning Experiences"):
 *
 * - `teacher`: a teacher of the same school;
 * - `asg-teacher`: a teacher of the associated schools group (ASG);
 * - `school-manager`: a head teacher, depute, principal teacher or similar;
 * - `quality-improvement-officer`: an officer of the education authority;
 * - `support-staff`: auxiliary or support staff;
 * - `pupil`: a pupil taking part in the sharing;
 * - `external-colleague`: anyone else from beyond the school and its ASG.
 *
 * @example
 * ```ts
 * import { VisitorRoleSchema } from "collegiate/agreement";
 *
 * VisitorRoleSchema.parse("asg-teacher"); // "asg-teacher"
 * ```
 */
export const VisitorRoleSchema = /* @__PURE__ */ z.enum([
  "teacher",
  "asg-teacher",
  "school-manager",
  "quality-improvement-officer",
  "support-staff",
  "pupil",
  "external-colleague",
]);

/**
 * Who a visitor is: one of the roles of {@link VisitorRoleSchema}.
 *
 * @example
 * ```ts
 * import type { VisitorRole } from "collegiate/agreement";
 *
 * const role: VisitorRole = "school-manager";
 * ```
 */
export type VisitorRole = z.infer<typeof VisitorRoleSchema>;

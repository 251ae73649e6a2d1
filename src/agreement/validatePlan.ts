import type { Result } from "../diagnostics/result.js";
import { jointSchoolSharingPolicy } from "./policies/jointSchoolSharingPolicy.js";
import type { Policy } from "./policy.js";
import type { ValidationContext } from "./rule.js";
import { validateRecord } from "./runRules.js";
import { SharingActivityPlanSchema, type SharingActivityPlan } from "./sharingActivityPlan.js";

/**
 * Validates a joint-school sharing activity's plan from any source: its shape
 * ({@link SharingActivityPlanSchema}), then the policy's plan rules. A plan
 * whose later details are not yet known validates: the S3 details are judged
 * once confirmed, and S5 once content is confirmed. To ask "may S5 complete?",
 * validate the plan as it would be with `content.confirmedOn` set.
 *
 * @param input - Anything; typically parsed JSON.
 * @param policy - The rules to apply; {@link jointSchoolSharingPolicy} by default.
 * @param context - The day judged on and the calendar.
 * @returns `{ ok, value, diagnostics }`.
 *
 * @example
 * ```ts
 * import { validatePlan } from "collegiate/agreement";
 *
 * const plan = {
 *   schools: [{ id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] }],
 *   basicDetails: { date: "2027-03-18", participants: 80 },
 * };
 * validatePlan(plan).ok; // true: nothing is confirmed yet
 * validatePlan({ ...plan, content: { confirmedOn: "2027-01-15" } }).diagnostics[0]?.ruleId;
 * // "sharing/basic-details-before-content"
 * ```
 */
export function validatePlan(
  input: unknown,
  policy: Policy = jointSchoolSharingPolicy,
  context: ValidationContext = {},
): Result<SharingActivityPlan> {
  return validateRecord("plan", SharingActivityPlanSchema, input, policy, context);
}

import type { Result } from "../diagnostics/result.js";
import { LearningCommunitySchema, type LearningCommunity } from "./learningCommunity.js";
import { learningCommunityService } from "./policies/learningCommunityService.js";
import type { Policy } from "./policy.js";
import type { ValidationContext } from "./rule.js";
import { validateRecord } from "./runRules.js";

/**
 * Validates a learning community from any source: its shape
 * ({@link LearningCommunitySchema}), then the policy's community rules
 * (coordinators, regular meetings, consent for media, copyright owners).
 * Never throws on bad input.
 *
 * @param input - Anything; typically parsed JSON.
 * @param policy - The rules to apply; {@link learningCommunityService} by default.
 * @param context - The day judged on (for the time since the last meeting) and the calendar.
 * @returns `{ ok, value, diagnostics }`.
 *
 * @example
 * ```ts
 * import { validateCommunity } from "collegiate/agreement";
 *
 * const result = validateCommunity({
 *   name: "Reading across the curriculum",
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   resources: [{ title: "Reading roles cards" }],
 * });
 * result.diagnostics.map((d) => d.ruleId);
 * // ["community/coordinator-appointed", "community/copyright-owner-named"]
 * ```
 */
export function validateCommunity(
  input: unknown,
  policy: Policy = learningCommunityService,
  context: ValidationContext = {},
): Result<LearningCommunity> {
  return validateRecord("community", LearningCommunitySchema, input, policy, context);
}

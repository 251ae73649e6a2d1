import type { Policy } from "./policy.js";
import { classroomVisitPolicy } from "./policies/classroomVisitPolicy.js";
import { highlandSharing } from "./policies/highlandSharing.js";
import { jointSchoolSharingPolicy } from "./policies/jointSchoolSharingPolicy.js";
import { learningCommunityService } from "./policies/learningCommunityService.js";
import { lnctAgreement } from "./policies/lnctAgreement.js";

/**
 * The built-in policies by name, for policies stored as JSON that extend one
 * (`{ "extends": "lnct-agreement" }`).
 *
 * @example
 * ```ts
 * import { builtinPolicies } from "collegiate/agreement";
 *
 * Object.keys(builtinPolicies);
 * // ["lnct-agreement", "highland-sharing", "learning-community-service", "joint-school-sharing", "classroom-visits"]
 * ```
 */
export const builtinPolicies = /* @__PURE__ */ Object.freeze({
  "lnct-agreement": lnctAgreement,
  "highland-sharing": highlandSharing,
  "learning-community-service": learningCommunityService,
  "joint-school-sharing": jointSchoolSharingPolicy,
  "classroom-visits": classroomVisitPolicy,
} as const satisfies Record<string, Policy>);

/**
 * The name of a built-in policy.
 *
 * @example
 * ```ts
 * import type { BuiltinPolicyName } from "collegiate/agreement";
 *
 * const name: BuiltinPolicyName = "highland-sharing";
 * ```
 */
export type BuiltinPolicyName = keyof typeof builtinPolicies;

import { policyOfDocument } from "../policy.js";

/**
 * The rules of the suggested workflow of a joint-school sharing activity (S1, S3, S5), each at its default severity, with the default
 * settings. Extend it with {@link definePolicy} to change severities or
 * settings.
 *
 * @example
 * ```ts
 * import { jointSchoolSharingPolicy } from "collegiate/agreement";
 *
 * jointSchoolSharingPolicy.name; // "joint-school-sharing"
 * jointSchoolSharingPolicy.rules["sharing/basic-details-confirmed"]; // "error"
 * ```
 */
export const jointSchoolSharingPolicy = /* @__PURE__ */ policyOfDocument("joint-school-sharing", "sharing/");

import { policyOfDocument } from "../policy.js";

/**
 * The rules of the routine of Sharing Learning Experiences (H2–H5), each at its default severity, with the default
 * settings. Extend it with {@link definePolicy} to change severities or
 * settings.
 *
 * @example
 * ```ts
 * import { highlandSharing } from "collegiate/agreement";
 *
 * highlandSharing.name; // "highland-sharing"
 * highlandSharing.rules["highland/dialogue-soon-after-lesson"]; // "warning"
 * ```
 */
export const highlandSharing = /* @__PURE__ */ policyOfDocument("highland-sharing", "highland/");

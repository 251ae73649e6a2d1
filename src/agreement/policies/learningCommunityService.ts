import { policyOfDocument } from "../policy.js";

/**
 * The rules of the points to note of the learning-community support service (L2–L5), each at its default severity, with the default
 * settings. Extend it with {@link definePolicy} to change severities or
 * settings.
 *
 * @example
 * ```ts
 * import { learningCommunityService } from "collegiate/agreement";
 *
 * learningCommunityService.name; // "learning-community-service"
 * learningCommunityService.rules["community/media-consent"]; // "error"
 * ```
 */
export const learningCommunityService = /* @__PURE__ */ policyOfDocument("learning-community-service", "community/");

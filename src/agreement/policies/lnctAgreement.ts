import { policyOfDocument } from "../policy.js";

/**
 * The rules of the LNCT Agreement on Sharing Classroom Experience (A0–A9), each at its default severity, with the default
 * settings. Extend it with {@link definePolicy} to change severities or
 * settings.
 *
 * @example
 * ```ts
 * import { lnctAgreement } from "collegiate/agreement";
 *
 * lnctAgreement.name; // "lnct-agreement"
 * lnctAgreement.rules["lnct/focus-agreed-before-visit"]; // "error"
 * ```
 */
export const lnctAgreement = /* @__PURE__ */ policyOfDocument("lnct-agreement", "lnct/");

import { buildPolicy } from "../policy.js";
import { highlandSharing } from "./highlandSharing.js";
import { lnctAgreement } from "./lnctAgreement.js";

/**
 * The LNCT agreement and the sharing routine together: every visit rule and
 * both session rules (H2, A8). The default policy of {@link validateVisit} and
 * {@link validateSession}.
 *
 * @example
 * ```ts
 * import { classroomVisitPolicy } from "collegiate/agreement";
 *
 * Object.keys(classroomVisitPolicy.rules).length; // 18
 * ```
 */
export const classroomVisitPolicy = /* @__PURE__ */ buildPolicy("classroom-visits", { ...lnctAgreement.rules, ...highlandSharing.rules });

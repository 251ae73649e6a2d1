import type { Result } from "../diagnostics/result.js";
import { ClassroomVisitSchema, type ClassroomVisit } from "./classroomVisit.js";
import { classroomVisitPolicy } from "./policies/classroomVisitPolicy.js";
import type { Policy } from "./policy.js";
import type { ValidationContext } from "./rule.js";
import { validateRecord } from "./runRules.js";

/**
 * Validates one classroom visit from any source against a policy: first its
 * shape ({@link ClassroomVisitSchema}; problems come out as `schema/...`
 * diagnostics with their path), then every visit rule of the policy. Never
 * throws on bad input. A visit may be at any stage: rules judge what is
 * recorded, the "before the visit" rules once it has a `visitDay`, and
 * overdue dialogues only when judged `asOf` a day. A peer visit (A7) is never
 * reported for a missing record.
 *
 * @param input - Anything; typically parsed JSON.
 * @param policy - The rules to apply; {@link classroomVisitPolicy} (LNCT and the sharing routine) by default.
 * @param context - The day judged on, the school's calendar, the session.
 * @returns `{ ok, value, diagnostics }`: `ok` when no diagnostic is an error; `value` whenever the shape is valid.
 *
 * @example
 * ```ts
 * import { formatDiagnostics, lnctAgreement, validateVisit } from "collegiate/agreement";
 *
 * const result = validateVisit(
 *   {
 *     observedTeacher: { id: "t-chan", name: "Ms Chan" },
 *     visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true }],
 *     visitDay: "2027-03-18",
 *     timingAgreedOn: "2027-03-04",
 *     observation: { notes: "tick-box" },
 *   },
 *   lnctAgreement,
 * );
 * result.ok; // false
 * result.diagnostics.map((d) => d.source?.clause); // ["A1", "A3", "A4", "A4", "A5"]
 * console.log(formatDiagnostics(result.diagnostics));
 * ```
 */
export function validateVisit(
  input: unknown,
  policy: Policy = classroomVisitPolicy,
  context: ValidationContext = {},
): Result<ClassroomVisit> {
  return validateRecord("visit", ClassroomVisitSchema, input, policy, context);
}

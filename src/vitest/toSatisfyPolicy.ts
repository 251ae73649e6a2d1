import { match } from "ts-pattern";
import { ruleById } from "../agreement/agreementRules.js";
import { builtinPolicies } from "../agreement/builtinPolicies.js";
import { ClassroomVisitSchema } from "../agreement/classroomVisit.js";
import type { PolicyReference } from "../agreement/definePolicy.js";
import { LearningCommunitySchema } from "../agreement/learningCommunity.js";
import { isPolicy, type Policy } from "../agreement/policy.js";
import type { RuleSubject, ValidationContext } from "../agreement/rule.js";
import { SharingActivityPlanSchema } from "../agreement/sharingActivityPlan.js";
import { validateCommunity } from "../agreement/validateCommunity.js";
import { validatePlan } from "../agreement/validatePlan.js";
import { validateSession } from "../agreement/validateSession.js";
import { validateVisit } from "../agreement/validateVisit.js";
import type { Result } from "../diagnostics/result.js";
import { formatDiagnostics } from "../diagnostics/formatDiagnostics.js";
import type { MatcherContext, MatcherResult } from "./matcherResult.js";
import { say } from "./messages.js";

const schemas = { visit: ClassroomVisitSchema, community: LearningCommunitySchema, plan: SharingActivityPlanSchema } as const;

function isSessionRecord(value: unknown): value is { session?: unknown; staff?: unknown; visits: unknown } {
  return typeof value === "object" && value !== null && "visits" in value && "session" in value;
}

/**
 * What the received record is: a session when it has `session` and
 * `visits`; otherwise the one kind of record the policy has rules for, or,
 * when it has rules for several, the kind whose schema the record fits.
 */
function subjectOf(received: unknown, policy: Policy | undefined): RuleSubject {
  if (isSessionRecord(received)) return "session";
  const subjects = new Set(Object.keys(policy?.rules ?? {}).map((id) => ruleById(id)?.subject));
  const candidates = (["visit", "community", "plan"] as const).filter(
    (subject) => subjects.has(subject) || (subject === "visit" && subjects.has("session")),
  );
  if (candidates.length === 1) return candidates[0] as RuleSubject;
  const fitting = (candidates.length === 0 ? (["visit", "community", "plan"] as const) : candidates).find(
    (subject) => schemas[subject].safeParse(received).success,
  );
  return fitting ?? candidates[0] ?? "visit";
}

function validate(subject: RuleSubject, received: unknown, policy: Policy, context: ValidationContext): Result<unknown> {
  return match(subject)
    .with("visit", () => validateVisit(received, policy, context))
    .with("community", () => validateCommunity(received, policy, context))
    .with("plan", () => validatePlan(received, policy, context))
    .with("session", () => {
      const { session, staff, visits } = received as { session: never; staff: never; visits: unknown };
      const { asOf, calendar } = context;
      return validateSession(visits, { session, staff, policy, ...(asOf === undefined ? {} : { asOf }), ...(calendar === undefined ? {} : { calendar }) });
    })
    .exhaustive();
}

/**
 * Matcher: the received record satisfies a policy, that is, validating it
 * with the policy finds nothing of error severity (warnings and notes are
 * allowed). The record is a classroom visit, a learning community, a
 * sharing activity plan, or a session given as `{ session, staff, visits }`;
 * which one is told by the policy's rules, or by the record's shape when the
 * policy has rules for several. The failure message lists the diagnostics,
 * as `formatDiagnostics` does. Register it with
 * `expect.extend(collegiateMatchers)`.
 *
 * @param received - The record under test, as a school tool would store it.
 * @param policy - A policy, or the name of a built-in policy such as `"lnct-agreement"`.
 * @param context - The day the record is judged on, the school's calendar, the session.
 * @returns The verdict and its message.
 *
 * @example
 * ```ts
 * import { expect, test } from "vitest";
 * import { lnctAgreement } from "collegiate/agreement";
 * import { collegiateMatchers } from "collegiate/vitest";
 *
 * expect.extend(collegiateMatchers);
 *
 * test("a peer visit needs only its date", () => {
 *   const visit = {
 *     observedTeacher: { id: "t-chan" },
 *     visitors: [{ id: "t-wong", role: "teacher", seniorPromoted: false }],
 *     visitDay: "2027-03-18",
 *   };
 *   expect(visit).toSatisfyPolicy(lnctAgreement);
 *   expect({ ...visit, observation: { notes: "tick-box" } }).not.toSatisfyPolicy("lnct-agreement");
 * });
 * ```
 */
export function toSatisfyPolicy(this: MatcherContext, received: unknown, policy: PolicyReference, context: ValidationContext = {}): MatcherResult {
  const resolved = typeof policy === "string" && Object.hasOwn(builtinPolicies, policy) ? builtinPolicies[policy] : policy;
  const subject = subjectOf(received, isPolicy(resolved) ? resolved : undefined);
  const result = validate(subject, received, resolved as Policy, context);
  const params = { subject: say(`subject.${subject}`), policy: isPolicy(resolved) ? resolved.name : shownPolicy(policy) };
  return {
    pass: result.ok,
    message: () => say(result.ok ? "policy.satisfied" : "policy.broken", { ...params, found: formatDiagnostics(result.diagnostics) }),
  };
}

/** A value given as a policy that is none, for the message (an object without a prototype has no text of its own). */
function shownPolicy(policy: unknown): string {
  return typeof policy === "object" && policy !== null ? "an object that is not a policy" : String(policy);
}

import type { PolicyReference } from "../agreement/definePolicy.js";
import type { ValidationContext } from "../agreement/rule.js";
// Types only, erased from the JavaScript: the augmentation below needs vitest's declarations in the program.
import type {} from "vitest";
import { toBeScheduledBefore } from "./toBeScheduledBefore.js";
import { toHaveDiagnostic, type DiagnosticExpectation } from "./toHaveDiagnostic.js";
import { toSatisfyPolicy } from "./toSatisfyPolicy.js";

/**
 * The matchers, to register with `expect.extend` in vitest or jest. They
 * import nothing from either at run time.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { collegiateMatchers } from "collegiate/vitest";
 *
 * expect.extend(collegiateMatchers);
 * ```
 */
export const collegiateMatchers = Object.freeze({
  /** The record satisfies the policy: see {@link toSatisfyPolicy}. */
  toSatisfyPolicy,
  /** The value has a diagnostic with the rule id: see {@link toHaveDiagnostic}. */
  toHaveDiagnostic,
  /** The timeline's stage is due before the day: see {@link toBeScheduledBefore}. */
  toBeScheduledBefore,
});

/**
 * The matchers as they are called on `expect(value)`, with `R` the
 * assertion's return type. Importing `collegiate/vitest` adds them to
 * vitest's `Matchers`; a jest suite adds them to its own:
 * `declare module "expect" { interface Matchers<R> extends CollegiateMatchers<R> {} }`.
 *
 * @typeParam R - What the assertion returns.
 *
 * @example
 * ```ts
 * import type { CollegiateMatchers } from "collegiate/vitest";
 *
 * type Assertion = CollegiateMatchers<void>;
 * ```
 */
export interface CollegiateMatchers<R = unknown> {
  /**
   * The record (a classroom visit, a learning community, a sharing activity
   * plan, or `{ session, staff, visits }`) has no finding of error severity
   * under the policy.
   *
   * @param policy - A policy, or the name of a built-in policy.
   * @param context - The day the record is judged on, the school's calendar, the session.
   */
  toSatisfyPolicy(policy: PolicyReference, context?: ValidationContext): R;
  /**
   * The diagnostics (or the `diagnostics` of a result, timeline or summary)
   * include one with this rule id, and the severity and path when given.
   *
   * @param ruleId - The rule id, such as `"timeline/activity-day-closed"`.
   * @param expected - The severity and path it must also have.
   */
  toHaveDiagnostic(ruleId: string, expected?: DiagnosticExpectation): R;
  /**
   * On the timeline, the stage is due before the day.
   *
   * @param stageId - The stage's id, such as `"S3"`.
   * @param day - A day as `YYYY-MM-DD`.
   */
  toBeScheduledBefore(stageId: string, day: string): R;
}

declare module "vitest" {
  // vitest 4's documented way to type custom matchers; the type parameter must be declared as vitest declares it.
  interface Matchers<T = any> extends CollegiateMatchers<T> {}
}

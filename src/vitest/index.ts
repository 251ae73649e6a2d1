/**
 * Test matchers for suites that check plans, visits and timelines:
 * `toSatisfyPolicy`, `toHaveDiagnostic` and `toBeScheduledBefore`, whose
 * failure messages list the diagnostics. Register them with
 * `expect.extend(collegiateMatchers)`; importing this subpath also types
 * them for vitest 4. They import nothing from vitest at run time, so jest's
 * `expect.extend` takes them too.
 *
 * @example
 * ```ts
 * import { expect, test } from "vitest";
 * import { validatePlan } from "collegiate/agreement";
 * import { collegiateMatchers } from "collegiate/vitest";
 *
 * expect.extend(collegiateMatchers);
 *
 * test("the plan names every school's representatives", () => {
 *   const plan = { schools: [{ id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] }] };
 *   expect(plan).toSatisfyPolicy("joint-school-sharing");
 *   expect(validatePlan({ schools: [{ id: "hillside", name: "Hillside College" }] })).toHaveDiagnostic("sharing/representatives-appointed");
 * });
 * ```
 *
 * @module vitest
 */
export { collegiateMatchers, type CollegiateMatchers } from "./collegiateMatchers.js";
export type { MatcherContext, MatcherResult } from "./matcherResult.js";
export { toBeScheduledBefore } from "./toBeScheduledBefore.js";
export { toHaveDiagnostic, type DiagnosticExpectation } from "./toHaveDiagnostic.js";
export { toSatisfyPolicy } from "./toSatisfyPolicy.js";

import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../diagnostics/formatDiagnostics.js";
import { diagnosticsOf } from "./diagnosticsOf.js";
import type { MatcherContext, MatcherResult } from "./matcherResult.js";
import { describeReceived, say } from "./messages.js";

/**
 * What else a diagnostic must have, beyond its rule id, for
 * {@link toHaveDiagnostic} to find it.
 *
 * @example
 * ```ts
 * import type { DiagnosticExpectation } from "collegiate/vitest";
 *
 * const expected: DiagnosticExpectation = { severity: "error", path: ["focus", "agreedOn"], code: "agreement/focus-agreed-before-visit" };
 * ```
 */
export interface DiagnosticExpectation {
  /** The diagnostic's severity. */
  readonly severity?: Severity;
  /** The code of the diagnostic's message, such as `"calendar/term.end-before-start"`: the check, whatever the language of the message. */
  readonly code?: string;
  /** The diagnostic's path into the input, exactly. */
  readonly path?: readonly (string | number)[];
}

function matches(diagnostic: Diagnostic, ruleId: string, expected: DiagnosticExpectation): boolean {
  return (
    diagnostic.ruleId === ruleId &&
    (expected.severity === undefined || diagnostic.severity === expected.severity) &&
    (expected.code === undefined || diagnostic.code === expected.code) &&
    (expected.path === undefined ||
      (expected.path.length === diagnostic.path.length && expected.path.every((key, index) => diagnostic.path[index] === key)))
  );
}

function details(expected: DiagnosticExpectation): string {
  const severity = expected.severity === undefined ? "" : say("diagnostic.severity", { severity: expected.severity });
  const path =
    expected.path === undefined ? "" : say("diagnostic.path", { path: expected.path.length === 0 ? say("diagnostic.input-path") : expected.path.join(".") });
  const code = expected.code === undefined ? "" : say("diagnostic.code", { code: expected.code });
  return `${severity}${path}${code}`;
}

/**
 * Matcher: the received value has a diagnostic with the rule id `ruleId`
 * (and, when given, the severity, the path and the message code). The value is a list of
 * diagnostics, or anything with a `diagnostics` list: the result of a
 * `validate…` or `parse…` function, a timeline, a feedback summary. The
 * failure message lists the diagnostics found, as `formatDiagnostics` does.
 * Register it with `expect.extend(collegiateMatchers)`.
 *
 * @param received - The value under test.
 * @param ruleId - The rule id, such as `"lnct/focus-agreed-before-visit"`.
 * @param expected - The severity, path and message code the diagnostic must also have.
 * @returns The verdict and its message.
 *
 * @example
 * ```ts
 * import { expect, test } from "vitest";
 * import { validateVisit } from "collegiate/agreement";
 * import { collegiateMatchers } from "collegiate/vitest";
 *
 * expect.extend(collegiateMatchers);
 *
 * test("a graded visit breaks A5", () => {
 *   const result = validateVisit({
 *     observedTeacher: { id: "t-wong" },
 *     visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *     observation: { notes: "tick-box" },
 *   });
 *   expect(result).toHaveDiagnostic("lnct/no-grades-or-tick-boxes", { severity: "error", path: ["observation", "notes"] });
 *   expect(result).not.toHaveDiagnostic("sharing/basic-details-confirmed");
 * });
 * ```
 */
export function toHaveDiagnostic(this: MatcherContext, received: unknown, ruleId: string, expected: DiagnosticExpectation = {}): MatcherResult {
  const diagnostics = diagnosticsOf(received);
  if (diagnostics === undefined) {
    return { pass: false, message: () => say("diagnostic.not-diagnostics", { received: describeReceived(received) }) };
  }
  const found = diagnostics.filter((diagnostic) => matches(diagnostic, ruleId, expected));
  const pass = found.length > 0;
  return {
    pass,
    message: () =>
      pass
        ? say("diagnostic.present", { ruleId, details: details(expected), found: formatDiagnostics(found) })
        : say("diagnostic.missing", { ruleId, details: details(expected), found: formatDiagnostics(diagnostics) }),
  };
}

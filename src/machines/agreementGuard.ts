/**
 * Guards made of agreement rules: a built-in machine asks the rules of a
 * policy about the record as it would be after the event, so a refusal says
 * why in the words of the agreement (A3, H5, …). Internal module.
 */
import { ruleById, type RuleId } from "../agreement/agreementRules.js";
import type { Policy } from "../agreement/policy.js";
import type { AnyAgreementRule, RuleSubjects } from "../agreement/rule.js";
import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** What the rules judge by, beside the record. */
export interface RuleSetting {
  readonly policy: Policy;
  readonly calendar?: SchoolCalendar | undefined;
}

/**
 * The findings of the named rules that the policy applies, at the policy's
 * severities and settings, on one record judged as of `asOf`. Rules the
 * policy turns off are not run. Paths are prefixed so that they point into
 * the machine's context.
 */
export function runAgreementRules<S extends "visit" | "plan" | "community">(
  setting: RuleSetting,
  ids: readonly RuleId[],
  value: RuleSubjects[S]["value"],
  asOf: PlainDate,
  pathPrefix: readonly (string | number)[],
): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const id of ids) {
    const severity = setting.policy.rules[id];
    const rule = ruleById(id) as AnyAgreementRule | undefined;
    if (severity === undefined || rule === undefined) continue;
    const context = setting.calendar === undefined
      ? { asOf, severity, options: setting.policy.options }
      : { asOf, severity, options: setting.policy.options, calendar: setting.calendar };
    const found = (rule.check as (value: unknown, context: object) => Diagnostic[])(value, context);
    for (const diagnostic of found) findings.push({ ...diagnostic, path: [...pathPrefix, ...diagnostic.path] });
  }
  return findings;
}

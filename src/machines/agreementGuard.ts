/**
 * Guards made of agreement rules: a built-in machine asks the rules of a
 * policy about the record as it would be after the event, so a refusal says
 * why in the words of the agreement (A3, H5, …). Internal module.
 */
import type { RuleId } from "../agreement/agreementRules.js";
import { Findings } from "../agreement/findings.js";
import { sessionOfCalendar, weekdayCalendar, type Inspection } from "../agreement/inspection.js";
import { entriesOf, type Policy } from "../agreement/policy.js";
import type { RuleSubject, RuleSubjects } from "../agreement/rule.js";
import { runRules } from "../agreement/runRules.js";
import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Locale } from "../text/locale.js";

/** What the rules judge by, beside the record. */
export interface RuleSetting {
  readonly policy: Policy;
  readonly calendar?: SchoolCalendar | undefined;
}

/** A compiled set of rules: those of `ids` that the policy applies, at its severities. */
export interface RuleRunner<S extends RuleSubject> {
  /** The findings on one record judged as of `asOf`, with paths under `pathPrefix`, written in `locale`. */
  run(value: RuleSubjects[S]["value"], asOf: PlainDate, locale: Locale): Diagnostic[];
}

/**
 * Compiles the named rules of a policy once (the policy's severities and
 * settings, the calendar, the session the calendar spans), so that each guard
 * check only runs the rules.
 */
export function agreementRules<S extends "visit" | "plan" | "community">(
  setting: RuleSetting,
  subject: S,
  ids: readonly RuleId[],
  pathPrefix: readonly (string | number)[],
): RuleRunner<S> {
  const wanted = new Set<string>(ids);
  const entries = entriesOf(setting.policy, subject).filter((entry) => wanted.has(entry.rule.id));
  const calendar = setting.calendar ?? weekdayCalendar();
  const session = sessionOfCalendar(calendar);
  const { options } = setting.policy;
  return {
    run(value, asOf, locale) {
      if (entries.length === 0) return [];
      const inspection: Inspection = { options, asOf, calendar, session };
      const findings = new Findings(locale);
      runRules(subject, entries, value, inspection, findings, pathPrefix);
      return findings.diagnostics;
    },
  };
}

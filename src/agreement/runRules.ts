/**
 * Runs a policy's rules on validated records. Internal module.
 */
import type { ZodType } from "zod";
import { isPlainDate } from "../calendar/plainDate.js";
import { checkedCalendar } from "../calendar/checkedCalendar.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import { LocaleSchema, localeOf, type Locale } from "../text/locale.js";
import type { PathKey } from "./findings.js";
import { Findings } from "./findings.js";
import { inspectionOf, type Inspection } from "./inspection.js";
import { agreementTemplates, agreementText } from "./message.js";
import { entriesOf, isPolicy, type Policy, type PolicyEntry } from "./policy.js";
import { recordDemanded, type RuleSubject, type RuleSubjects, type ValidationContext } from "./rule.js";
import { SessionSchema, type Session } from "./session.js";


const prefixed = (diagnostics: readonly Diagnostic[], prefix: readonly PathKey[]): Diagnostic[] =>
  diagnostics.map((diagnostic) => ({ ...diagnostic, path: [...prefix, ...diagnostic.path] }));

/** What is wrong with `value` as `schema` reads it, under `path`: nothing when it fits. */
function problemsOf(schema: ZodType, value: unknown, locale: Locale, path: readonly PathKey[]): readonly Diagnostic[] {
  const parsed = parseInput(schema, value, locale, agreementTemplates, path);
  return parsed.success ? [] : parsed.diagnostics;
}

/**
 * Checks the policy and the context a caller passed (they may come from
 * JavaScript or JSON too) and resolves them; problems are diagnostics under
 * `policy` and `context`, never exceptions.
 */
export function prepareValidation(
  policy: unknown,
  context: ValidationContext | undefined,
): { readonly inspection: Inspection; readonly policy: Policy; readonly locale: Locale } | { readonly diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { asOf, calendar, session, locale: asked } = (typeof context === "object" && context !== null ? context : {}) as Record<string, unknown>;
  const locale = localeOf(context);
  // Only a value that is not already known good is parsed: this runs for every record validated.
  if (asked !== undefined && asked !== locale) diagnostics.push(...problemsOf(LocaleSchema, asked, locale, ["context", "locale"]));
  if (!isPolicy(policy)) {
    diagnostics.push({ ruleId: "schema/not-a-policy", severity: "error", ...agreementText(locale, "policy-not-a-policy"), path: ["policy"] });
  }
  if (asOf !== undefined && !isPlainDate(asOf)) diagnostics.push(...problemsOf(SessionSchema.shape.start, asOf, locale, ["context", "asOf"]));
  let resolvedCalendar: SchoolCalendar | undefined;
  if (calendar !== undefined) {
    const checked = checkedCalendar(calendar, locale);
    if (checked.ok) resolvedCalendar = checked.value;
    else diagnostics.push(...prefixed(checked.diagnostics, ["context", "calendar"]));
  }
  let resolvedSession: Session | undefined;
  if (session !== undefined) {
    const parsed = parseInput(SessionSchema, session, locale, agreementTemplates, ["context", "session"]);
    if (parsed.success) resolvedSession = parsed.data;
    else diagnostics.push(...parsed.diagnostics);
  }
  if (diagnostics.length > 0 || !isPolicy(policy)) return { diagnostics };
  return {
    policy,
    locale,
    inspection: inspectionOf(
      { asOf: asOf as ValidationContext["asOf"], calendar: resolvedCalendar, session: resolvedSession },
      policy.options,
    ),
  };
}

/** Runs rules (every rule of a policy that looks at `subject`) on one validated value, reporting to `findings`. */
export function runRules<S extends RuleSubject>(
  subject: S,
  entries: readonly PolicyEntry<S>[],
  value: RuleSubjects[S]["value"],
  inspection: Inspection,
  findings: Findings,
  basePath: readonly PathKey[] = [],
): void {
  const demanded = recordDemanded(subject, value);
  for (const entry of entries) {
    findings.start(entry.rule, entry.severity, basePath, demanded);
    try {
      entry.inspect(value, inspection, findings);
    } catch (error) {
      // A rule must never turn bad input into an exception: say which rule failed instead.
      findings.breach([], "rule-failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** The result of a validation: `ok` unless a diagnostic is an error. */
export function resultOf<T>(value: T, diagnostics: readonly Diagnostic[]): Result<T> {
  return hasErrors(diagnostics) ? { ok: false, value, diagnostics } : { ok: true, value, diagnostics };
}

/** Parses `input` with `schema` and runs the policy's rules for `subject` on it. */
export function validateRecord<S extends Exclude<RuleSubject, "session">>(
  subject: S,
  schema: ZodType<RuleSubjects[S]["value"]>,
  input: unknown,
  policy: unknown,
  context: ValidationContext | undefined,
): Result<RuleSubjects[S]["value"]> {
  const prepared = prepareValidation(policy, context);
  if ("diagnostics" in prepared) return { ok: false, diagnostics: prepared.diagnostics };
  const parsed = parseInput(schema, input, prepared.locale, agreementTemplates);
  if (!parsed.success) return { ok: false, diagnostics: parsed.diagnostics };
  const findings = new Findings(prepared.locale);
  runRules(subject, entriesOf(prepared.policy, subject), parsed.data, prepared.inspection, findings);
  return resultOf(parsed.data, findings.diagnostics);
}

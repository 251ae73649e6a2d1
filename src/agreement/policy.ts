import type { Severity } from "../diagnostics/diagnostic.js";
import { defaultAgreementOptions, type AgreementOptions } from "./agreementOptions.js";
import { agreementRules, type RuleId } from "./agreementRules.js";
import { inspectorOf, type AgreementRule, type Inspector, type RuleSubject } from "./rule.js";

/**
 * A policy: which rules apply, at which severity, with which settings. A
 * policy is a frozen plain object, so `JSON.stringify` stores it and
 * {@link parsePolicy} restores it. Make one with {@link definePolicy}, or use
 * a built-in one: {@link lnctAgreement}, {@link highlandSharing},
 * {@link learningCommunityService}, {@link jointSchoolSharingPolicy},
 * {@link classroomVisitPolicy}.
 *
 * @example
 * ```ts
 * import { lnctAgreement, type Policy } from "collegiate/agreement";
 *
 * const policy: Policy = lnctAgreement;
 * policy.rules["lnct/focus-agreed-before-visit"]; // "error"
 * ```
 */
export interface Policy {
  /** A name for messages and reports, such as `"lnct-agreement"`. */
  readonly name: string;
  /** The severity of each rule that applies; a rule not listed does not apply. */
  readonly rules: Readonly<Partial<Record<RuleId, Severity>>>;
  /** The settings of the rules. */
  readonly options: AgreementOptions;
}

const policies = new WeakSet<object>();

/** Builds a frozen policy from trusted parts, rules in the registry's order. @internal */
export function buildPolicy(
  name: string,
  rules: Readonly<Partial<Record<RuleId, Severity>>>,
  options: AgreementOptions = defaultAgreementOptions,
): Policy {
  const ordered: Partial<Record<RuleId, Severity>> = {};
  for (const rule of agreementRules) {
    const severity = rules[rule.id];
    if (severity !== undefined) ordered[rule.id] = severity;
  }
  const policy: Policy = Object.freeze({
    name,
    rules: Object.freeze(ordered),
    options: Object.freeze({
      ...options,
      partnerRoles: Object.freeze([...options.partnerRoles]) as AgreementOptions["partnerRoles"],
      improvementSteps: Object.freeze({ ...options.improvementSteps }),
    }),
  });
  policies.add(policy);
  return policy;
}

/** A policy of every rule whose id starts with `prefix`, at default severities. @internal */
export function policyOfDocument(name: string, prefix: string): Policy {
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const rule of agreementRules) if (rule.id.startsWith(prefix)) rules[rule.id] = rule.defaultSeverity;
  return buildPolicy(name, rules);
}

/**
 * Whether a value is a policy made by this library ({@link definePolicy},
 * {@link parsePolicy} or a built-in one).
 *
 * @param value - Anything.
 * @returns `true` for a policy.
 *
 * @example
 * ```ts
 * import { isPolicy, lnctAgreement } from "collegiate/agreement";
 *
 * isPolicy(lnctAgreement); // true
 * isPolicy({ name: "mine", rules: {} }); // false
 * ```
 */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === "object" && value !== null && policies.has(value);
}

/** A rule of a policy, ready to run. @internal */
export interface PolicyEntry<S extends RuleSubject> {
  readonly rule: AgreementRule<S>;
  readonly inspect: Inspector<S>;
  readonly severity: Severity;
}

type Compiled = { readonly [S in RuleSubject]: readonly PolicyEntry<S>[] };

const compiled = new WeakMap<Policy, Compiled>();

/** The rules of a policy that look at `subject`, in the registry's order. @internal */
export function entriesOf<S extends RuleSubject>(policy: Policy, subject: S): readonly PolicyEntry<S>[] {
  let entries = compiled.get(policy);
  if (entries === undefined) {
    const bySubject: { [K in RuleSubject]: PolicyEntry<K>[] } = { visit: [], session: [], community: [], plan: [] };
    for (const rule of agreementRules) {
      const severity = policy.rules[rule.id];
      if (severity === undefined) continue;
      (bySubject[rule.subject] as PolicyEntry<RuleSubject>[]).push({
        rule: rule as AgreementRule<RuleSubject>,
        inspect: inspectorOf(rule as AgreementRule<RuleSubject>),
        severity,
      });
    }
    entries = bySubject;
    compiled.set(policy, entries);
  }
  return entries[subject] as readonly PolicyEntry<S>[];
}

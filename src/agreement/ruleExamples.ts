/**
 * Running a rule's examples, for the rule reference and its tests. Internal module.
 */
import { match } from "ts-pattern";
import type { PlainDate } from "../calendar/plainDate.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { en, type Locale } from "../text/locale.js";
import { sampleCommunity, samplePlan, sampleSession, sampleVisit } from "./exampleRecords.js";
import { buildPolicy, type Policy } from "./policy.js";
import type { AnyAgreementRule, RuleExample, RuleSubject, RuleSubjects } from "./rule.js";
import { validateCommunity } from "./validateCommunity.js";
import { validatePlan } from "./validatePlan.js";
import { validateSession } from "./validateSession.js";
import { validateVisit } from "./validateVisit.js";

/** The sample record each subject's examples change. */
export const samples: { readonly [S in RuleSubject]: RuleSubjects[S]["input"] } = /* @__PURE__ */ Object.freeze({
  visit: sampleVisit,
  session: sampleSession,
  community: sampleCommunity,
  plan: samplePlan,
});

const onlyRule = new WeakMap<AnyAgreementRule, Policy>();

/** A policy of one rule at its default severity. */
export function policyOfRule(rule: AnyAgreementRule): Policy {
  let policy = onlyRule.get(rule);
  if (policy === undefined) {
    policy = buildPolicy(rule.id, { [rule.id]: rule.defaultSeverity });
    onlyRule.set(rule, policy);
  }
  return policy;
}

/** Validates an example of `rule` with a policy of that rule alone: its diagnostics, schema problems included. */
export function runExample(rule: AnyAgreementRule, example: RuleExample<RuleSubject>, locale: Locale = en): readonly Diagnostic[] {
  const policy = policyOfRule(rule);
  const asOf = example.asOf as PlainDate | undefined;
  const context = {
    locale,
    ...(asOf === undefined ? {} : { asOf }),
    ...(example.session === undefined ? {} : { session: example.session as { start: PlainDate; end: PlainDate } }),
  };
  return match(rule.subject as RuleSubject)
    .with("visit", () => validateVisit(example.input, policy, context).diagnostics)
    .with("session", () => {
      const input = example.input as RuleSubjects["session"]["input"];
      return validateSession(input.visits, { session: input.session, staff: input.staff, policy, locale, ...(asOf === undefined ? {} : { asOf }) })
        .diagnostics;
    })
    .with("community", () => validateCommunity(example.input, policy, context).diagnostics)
    .with("plan", () => validatePlan(example.input, policy, context).diagnostics)
    .exhaustive();
}

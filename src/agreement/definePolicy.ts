import { z } from "zod";
import { SeveritySchema, type Diagnostic, type Severity } from "../diagnostics/diagnostic.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import { LocaleSchema, requestedLocale, en, type Locale, type LocaleOptions } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { AgreementOptionsSchema, defaultAgreementOptions, type AgreementOptions } from "./agreementOptions.js";
import { agreementRules, RuleIdSchema, type RuleId } from "./agreementRules.js";
import { builtinPolicies, type BuiltinPolicyName } from "./builtinPolicies.js";
import { agreementMessage, agreementTemplates, agreementText } from "./message.js";
import { buildPolicy, isPolicy, type Policy } from "./policy.js";
import { schemaMessage } from "./schemaText.js";

const PolicyRefSchema = /* @__PURE__ */ z.custom<Policy | BuiltinPolicyName>().check((ctx) => {
  const value = ctx.value;
  if (isPolicy(value) || (typeof value === "string" && Object.hasOwn(builtinPolicies, value))) return;
  ctx.issues.push(
    typeof value === "string"
      ? schemaIssue(schemaMessage("unknown-policy"), { name: JSON.stringify(value), known: Object.keys(builtinPolicies).join(", ") }, { ruleId: "unknown-policy", input: value })
      : schemaIssue(schemaMessage("policy-not-a-policy"), {}, { ruleId: "unknown-policy", input: value }),
  );
});

/**
 * Schema of the input of {@link definePolicy} and {@link parsePolicy}:
 *
 * - `name`: a name for reports (default `"custom"`);
 * - `extends`: policies to start from, by object or built-in name, later ones
 *   overriding earlier ones ({@link definePolicy} and {@link parsePolicy} also
 *   take a single one);
 * - `rules`: a severity for each rule id to add or change, or `"off"` to
 *   remove it; an unknown rule id is an error;
 * - `options`: settings to override (see {@link AgreementOptionsSchema}).
 *
 * A stored policy (`JSON.stringify(policy)`) is a valid input and restores it.
 *
 * @example
 * ```ts
 * import { PolicyInputSchema } from "collegiate/agreement";
 *
 * PolicyInputSchema.safeParse({ extends: "lnct-agreement", rules: { "lnct/active-part-offered": "off" } }).success; // true
 * ```
 */
export const PolicyInputSchema = /* @__PURE__ */ z.strictObject({
  name: z.string().trim().min(1).optional(),
  extends: z.array(PolicyRefSchema).optional(),
  rules: z.partialRecord(RuleIdSchema, z.enum([...SeveritySchema.options, "off"])).optional(),
  options: AgreementOptionsSchema.partial().optional(),
});

/**
 * A policy to extend: a policy object or the name of a built-in one.
 *
 * @example
 * ```ts
 * import type { PolicyReference } from "collegiate/agreement";
 *
 * const base: PolicyReference = "lnct-agreement";
 * ```
 */
export type PolicyReference = Policy | BuiltinPolicyName;

/**
 * What {@link definePolicy} accepts: the input of {@link PolicyInputSchema},
 * with `extends` also a single policy.
 *
 * @example
 * ```ts
 * import { lnctAgreement, type PolicyInput } from "collegiate/agreement";
 *
 * const input: PolicyInput = {
 *   name: "Harbour Secondary",
 *   extends: [lnctAgreement, "highland-sharing"],
 *   rules: { "highland/dialogue-soon-after-lesson": "error" },
 *   options: { dialogueWithinSchoolDays: 3 },
 * };
 * ```
 */
export type PolicyInput = Omit<z.input<typeof PolicyInputSchema>, "extends"> & {
  /** Policies to start from, later ones overriding earlier ones. */
  readonly extends?: PolicyReference | readonly PolicyReference[];
};

/** The input with a single `extends` made a list, without touching the input itself. */
function withExtendsList(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input) || !Object.hasOwn(input, "extends")) return input;
  const bases = (input as { extends?: unknown }).extends;
  return bases === undefined || Array.isArray(bases) ? input : { ...input, extends: [bases] };
}

/** What is wrong with the `locale` of options that do not hold a locale, at `["locale"]`, in English. */
function localeProblems(options: unknown): Diagnostic[] {
  const parsed = parseInput(LocaleSchema, (options as { locale?: unknown }).locale, en, agreementTemplates, ["locale"]);
  return parsed.success ? [] : parsed.diagnostics;
}

/** Unknown keys of `rules` reported one by one, with the ids of the same document as a hint. */
function unknownRuleDiagnostics(input: unknown, locale: Locale): Diagnostic[] {
  if (typeof input !== "object" || input === null) return [];
  const rules = (input as { rules?: unknown }).rules;
  if (typeof rules !== "object" || rules === null) return [];
  return Object.keys(rules)
    .filter((id) => !RuleIdSchema.safeParse(id).success)
    .map((id) => {
      const prefix = id.includes("/") ? id.slice(0, id.indexOf("/") + 1) : "";
      const near = agreementRules.map((rule) => rule.id).filter((known) => prefix !== "" && known.startsWith(prefix));
      const known = (near.length > 0 ? near : agreementRules.map((rule) => rule.id)).join(", ");
      return {
        ruleId: "schema/unknown-rule",
        severity: "error",
        ...agreementText(locale, "unknown-rule", { ruleId: JSON.stringify(id), known }),
        path: ["rules", id],
      } satisfies Diagnostic;
    });
}

/**
 * Validates a policy definition from any source (code, a JSON settings file)
 * and returns a result instead of throwing. Every problem is reported with its
 * path: an unknown rule id (`schema/unknown-rule`, path `["rules", id]`), an
 * unknown severity, an unknown built-in policy, a setting out of range.
 *
 * @param input - Anything; typically parsed JSON.
 * @param parseOptions - `locale`: the language of the diagnostics, {@link en} (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own; a `locale` that is not a locale is reported at `["locale"]`.
 * @returns `{ ok: true, value: policy }` or `{ ok: false, diagnostics }`.
 *
 * @example
 * ```ts
 * import { parsePolicy } from "collegiate/agreement";
 *
 * const result = parsePolicy({ extends: "lnct-agreement", rules: { "lnct/focus-agreed-before-vist": "warning" } });
 * result.ok; // false
 * result.diagnostics[0]?.path; // ["rules", "lnct/focus-agreed-before-vist"]
 * ```
 */
export function parsePolicy(input: unknown, parseOptions?: LocaleOptions): Result<Policy> {
  const locale = requestedLocale(parseOptions);
  if (locale === undefined) return { ok: false, diagnostics: localeProblems(parseOptions) };
  const parsed = parseInput(PolicyInputSchema, withExtendsList(input), locale, agreementTemplates);
  if (!parsed.success) {
    const unknownRules = unknownRuleDiagnostics(input, locale);
    // The unknown rule ids, reported one by one above, replace zod's single "unrecognized keys" at `rules`.
    const others = parsed.diagnostics.filter(
      (d) => !(unknownRules.length > 0 && d.ruleId === "schema/unrecognized-keys" && d.path.length === 1 && d.path[0] === "rules"),
    );
    return { ok: false, diagnostics: [...unknownRules, ...others] };
  }
  const { name = "custom", extends: bases, rules = {}, options = {} } = parsed.data;
  let severities: Partial<Record<RuleId, Severity>> = {};
  let settings: AgreementOptions = defaultAgreementOptions;
  for (const base of bases ?? []) {
    const policy = typeof base === "string" ? builtinPolicies[base] : base;
    severities = { ...severities, ...policy.rules };
    settings = { ...settings, ...policy.options };
  }
  // The schema refuses an `undefined` severity: every value is a severity or "off".
  for (const [id, severity] of Object.entries(rules) as [RuleId, Severity | "off"][]) {
    if (severity === "off") delete severities[id];
    else severities[id] = severity;
  }
  const own = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ok: true, value: buildPolicy(name, severities, { ...settings, ...own }), diagnostics: [] };
}

/**
 * Defines a policy: starts from the policies it extends, sets the severity of
 * the rules named (or turns them `"off"`), and overrides settings. Throws an
 * {@link InvalidInputError} listing every problem, such as an unknown rule id;
 * use {@link parsePolicy} for untrusted input.
 *
 * @param input - The policy's definition.
 * @param parseOptions - `locale`: the language of the error, {@link en} (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own.
 * @returns A frozen policy.
 * @throws {@link InvalidInputError} when the definition is invalid, or `locale` is not a locale.
 *
 * @example
 * ```ts
 * import { definePolicy, highlandSharing, lnctAgreement } from "collegiate/agreement";
 *
 * const harbour = definePolicy({
 *   name: "Harbour Secondary",
 *   extends: [lnctAgreement, highlandSharing],
 *   rules: { "lnct/active-part-offered": "off", "highland/dialogue-soon-after-lesson": "error" },
 *   options: { dialogueWithinSchoolDays: 3 },
 * });
 * harbour.rules["highland/dialogue-soon-after-lesson"]; // "error"
 * harbour.rules["lnct/active-part-offered"]; // undefined: off
 * ```
 */
export function definePolicy(input: PolicyInput, parseOptions?: LocaleOptions): Policy {
  const result = parsePolicy(input, parseOptions);
  if (!result.ok) {
    const locale = requestedLocale(parseOptions) ?? en;
    throw new InvalidInputError(agreementMessage(locale, "what.policy"), result.diagnostics, locale);
  }
  return result.value;
}

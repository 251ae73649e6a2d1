import { match } from "ts-pattern";
import { formatDiagnostics } from "../diagnostics/formatDiagnostics.js";
import { diagnosticMessage } from "../diagnostics/message.js";
import type { SourceDocumentId } from "../diagnostics/sourceDocuments.js";
import { formatMessage, type Messages } from "../text/formatMessage.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { Locale, LocaleOptions } from "../text/locale.js";
import { renderMarkdownTable } from "../text/table.js";
import { agreementRules } from "./agreementRules.js";
import { builtinPolicies } from "./builtinPolicies.js";
import { compactJson } from "./compactJson.js";
import { agreementMessagesIn } from "./message.js";
import type { AgreementMessageKey } from "./messages.js";
import type { AnyAgreementRule, RuleExample, RuleSubject } from "./rule.js";
import { runExample, samples } from "./ruleExamples.js";
import { listOf } from "./wording.js";

/** The rule reference's wording in one locale. */
interface Wording {
  readonly locale: Locale;
  readonly m: Messages<AgreementMessageKey>;
}

const subjectWord = ({ m }: Wording, subject: RuleSubject): string =>
  match(subject)
    .with("visit", () => m["reference.subject.visit"])
    .with("session", () => m["reference.subject.session"])
    .with("community", () => m["reference.subject.community"])
    .with("plan", () => m["reference.subject.plan"])
    .exhaustive();

const sampleWord = (wording: Wording, subject: RuleSubject): string => subjectWord(wording, subject).replace(/^an? /, "");

const documentTitle = ({ locale }: Wording, document: SourceDocumentId): string => diagnosticMessage(locale, `document.${document}`);

/** A rule's description: the catalogue's in the locale, for the rules of this library; the rule's own otherwise. */
const descriptionOf = ({ m }: Wording, rule: AnyAgreementRule): string =>
  Object.hasOwn(m, rule.id) ? m[rule.id as AgreementMessageKey] : rule.description;

const fence = (language: string, text: string) => `\`\`\`${language}\n${text}\n\`\`\``;

/** How an example differs from its subject's sample: the changed keys, or the whole input when most changed. */
function describeExample(wording: Wording, subject: RuleSubject, example: RuleExample<RuleSubject>): string {
  const { m, locale } = wording;
  const sample = samples[subject] as Record<string, unknown>;
  const input = example.input as Record<string, unknown>;
  const changedKeys = Object.keys(input).filter((key) => JSON.stringify(input[key]) !== JSON.stringify(sample[key]));
  const removed = Object.keys(sample).filter((key) => !Object.hasOwn(input, key));
  const conditions = [
    ...(example.asOf === undefined ? [] : [formatMessage(m["reference.as-of"], { asOf: example.asOf })]),
    ...(example.session === undefined ? [] : [formatMessage(m["reference.in-session"], example.session)]),
  ];
  const judged = conditions.length === 0 ? "" : `\n\n${formatMessage(m["reference.judged"], { conditions: listOf(conditions, "list.and", locale) })}`;
  const params = { subject: sampleWord(wording, subject), keys: listOf(removed.map((key) => `\`${key}\``), "list.and", locale) };
  if (changedKeys.length + removed.length > 3) {
    return `${formatMessage(m["reference.whole"], params)}\n\n${fence("json", compactJson(input))}${judged}`;
  }
  if (changedKeys.length === 0) {
    const lead = removed.length === 0 ? m["reference.unchanged"] : m["reference.without"];
    return `${formatMessage(lead, params)}${judged}`;
  }
  const lead = removed.length === 0 ? m["reference.changed"] : m["reference.without-and-with"];
  const changes = compactJson(Object.fromEntries(changedKeys.map((key) => [key, input[key]])));
  return `${formatMessage(lead, params)}\n\n${fence("json", changes)}${judged}`;
}

function renderRule(wording: Wording, rule: AnyAgreementRule): string {
  const { m, locale } = wording;
  const policies = Object.entries(builtinPolicies)
    .filter(([, policy]) => (policy.rules as Readonly<Record<string, unknown>>)[rule.id] !== undefined)
    .map(([name]) => `\`${name}\``);
  const failing = runExample(rule, rule.examples.failing, locale);
  return [
    `### \`${rule.id}\``,
    descriptionOf(wording, rule),
    formatMessage(m["reference.facts"], {
      severity: rule.defaultSeverity,
      clause: rule.source.clause,
      document: documentTitle(wording, rule.source.document),
      policies: policies.join(m["list.separator"]),
    }),
    `**${m["reference.passing"]}** ${describeExample(wording, rule.subject, rule.examples.passing)}`,
    `**${m["reference.failing"]}** ${describeExample(wording, rule.subject, rule.examples.failing)}`,
    `**${m["reference.reports"]}**`,
    fence("text", formatDiagnostics(failing, { locale })),
  ].join("\n\n");
}

/**
 * The rule reference as Markdown, generated from the rules themselves: a
 * table of every rule (id, default severity, clause, what it looks at), the
 * sample records, then each rule grouped by source document with its
 * description, the built-in policies that include it, an input that passes,
 * one that fails, and what the failing one reports (produced by running the
 * rule). The project's `docs/guides/agreement-rules.md` is this text, and a
 * test fails when the two differ.
 *
 * @param rules - The rules to describe; all of {@link agreementRules} by default.
 * @param options - `locale`: the language of the page, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale; rule ids, JSON samples and severities stay as they are.
 * @returns Markdown text.
 * @throws `InvalidInputError` when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { renderRuleReference } from "collegiate/agreement";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * renderRuleReference().split("\n")[0]; // "# Agreement rules"
 * renderRuleReference(undefined, { locale: zhHant }).split("\n")[0]; // "# 觀課協議規則"
 * ```
 */
export function renderRuleReference(rules: readonly AnyAgreementRule[] = agreementRules, options?: LocaleOptions): string {
  const locale = optionsLocale(options);
  const wording: Wording = { locale, m: agreementMessagesIn(locale) };
  const { m } = wording;
  const table = renderMarkdownTable(rules, [
    { header: m["reference.column.rule"], cell: (rule) => `\`${rule.id}\`` },
    { header: m["reference.column.severity"], cell: (rule) => rule.defaultSeverity },
    { header: m["reference.column.clause"], cell: (rule) => rule.source.clause },
    { header: m["reference.column.subject"], cell: (rule) => subjectWord(wording, rule.subject) },
  ]);
  const subjects = [...new Set(rules.map((rule) => rule.subject))];
  const sampleSections = subjects.map(
    (subject) =>
      `### ${formatMessage(m["reference.sample"], { subject: sampleWord(wording, subject) })}\n\n${fence("json", compactJson(samples[subject]))}`,
  );
  const documents = [...new Set(rules.map((rule) => rule.source.document))] as SourceDocumentId[];
  const ruleSections = documents.map((document) =>
    [
      `## ${formatMessage(m["reference.document-heading"], { title: documentTitle(wording, document) })}`,
      ...rules.filter((rule) => rule.source.document === document).map((rule) => renderRule(wording, rule)),
    ].join("\n\n"),
  );
  return [
    `# ${m["reference.title"]}`,
    m["reference.intro"],
    `## ${m["reference.summary-heading"]}`,
    table,
    `## ${m["reference.samples-heading"]}`,
    m["reference.samples-intro"],
    ...sampleSections,
    ...ruleSections,
  ].join("\n\n") + "\n";
}

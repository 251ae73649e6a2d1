/**
 * The rule reference page, docs/guides/agreement-rules.md, is generated from
 * the rule modules: this test fails when the committed page differs from what
 * the rules generate. After changing a rule, its description or its examples,
 * regenerate the page with
 *
 *   npx vitest run --config test/vitest.config.ts test/agreement/ruleReference -u
 *
 * and commit it with the change.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import {
  agreementRules,
  copyrightOwnerNamed,
  focusAgreedBeforeVisit,
  renderRuleReference,
  type AgreementRule,
} from "../../src/agreement/index.js";
import { agreementMessages } from "../../src/agreement/messages.js";
import { sampleCommunity } from "../../src/agreement/exampleRecords.js";

const pagePath = fileURLToPath(new URL("../../docs/guides/agreement-rules.md", import.meta.url));

/** The whole page: typedoc front matter, then the generated reference. */
export function ruleReferencePage(): string {
  return `---\ntitle: ${agreementMessages["reference.title"]}\n---\n\n${renderRuleReference()}`;
}

describe("renderRuleReference", () => {
  const reference = renderRuleReference();

  it("lists every rule with its id, default severity, clause and subject", () => {
    for (const rule of agreementRules) {
      expect(reference).toContain(`| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.source.clause} |`);
      expect(reference).toContain(`### \`${rule.id}\``);
      expect(reference).toContain(rule.description);
    }
  });

  it("shows each rule's failing example and what it reports, produced by running the rule", () => {
    const section = reference.slice(reference.indexOf("### `lnct/focus-agreed-before-visit`"), reference.indexOf("### `lnct/length-agreed-in-advance`"));
    expect(section).toContain("**Passes:** the sample classroom visit, unchanged.");
    expect(section).toContain('"agreedOn": "2027-03-19"');
    expect(section).toContain("✖ error  focus.agreedOn  lnct/focus-agreed-before-visit");
    expect(section).toContain("Focus areas and feedback arrangements were agreed on 2027-03-19, after the visit on 2027-03-18.");
    expect(section).toContain("Clause: **A3**, LNCT Agreement on Sharing Classroom Experience.");
  });

  it("describes a chosen set of rules only", () => {
    const one = renderRuleReference([focusAgreedBeforeVisit]);
    expect(one).toContain("### `lnct/focus-agreed-before-visit`");
    expect(one).not.toContain("highland/");
    expect(one).not.toContain("Sample session");
  });

  it("is the committed docs/guides/agreement-rules.md, so the page cannot drift from the rules", async () => {
    expect(existsSync(pagePath)).toBe(true);
    await expect(ruleReferencePage()).toMatchFileSnapshot(pagePath);
  });

  it("describes a rule-shaped object from outside the library with its own description and examples", () => {
    const { period: _period, ...withoutPeriod } = sampleCommunity;
    const own: AgreementRule<"community"> = {
      ...copyrightOwnerNamed,
      id: "school/support-period-named",
      description: "Each community records its support period.",
      examples: { passing: { input: sampleCommunity }, failing: { input: { ...withoutPeriod, name: "Reading" } } },
    };
    const page = renderRuleReference([own]);
    expect(page).toContain("### `school/support-period-named`\n\nEach community records its support period.\n");
    expect(page).toContain('**Fails:** the sample learning community without `period`, and with:\n\n```json\n{ "name": "Reading" }\n```');
    expect(renderRuleReference([own], { locale: zhHant })).toContain("Each community records its support period.");
  });
});

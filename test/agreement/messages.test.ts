import { describe, expect, it } from "vitest";
import {
  agreementRules,
  ConcernLevelSchema,
  MediaKindSchema,
  VisitorRoleSchema,
} from "../../src/agreement/index.js";
import { agreementMessages } from "../../src/agreement/messages.js";

describe("agreementMessages", () => {
  it("describes every rule and names every value shown in messages", () => {
    const keys = new Set(Object.keys(agreementMessages));
    for (const rule of agreementRules) expect(keys.has(rule.id)).toBe(true);
    for (const role of VisitorRoleSchema.options) expect(keys.has(`role.${role}`)).toBe(true);
    for (const kind of MediaKindSchema.options) expect(keys.has(`media.${kind}`)).toBe(true);
    for (const level of ConcernLevelSchema.options) expect(keys.has(`level.${level}`)).toBe(true);
  });

  it("holds well-formed templates: balanced placeholders, sentences that start with a capital or a placeholder", () => {
    for (const [key, template] of Object.entries(agreementMessages)) {
      expect(template.replace(/\{\w+\}/g, ""), key).not.toMatch(/[{}]/);
      // A list separator's space is its point.
      if (key !== "list.separator") expect(template.trim(), key).toBe(template);
      if (!/^(role|media|level|detail|list|reference|what)\./.test(key)) expect(template, key).toMatch(/^([A-Z"`{]|\d)/);
    }
  });
});

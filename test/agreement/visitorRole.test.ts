import { describe, expect, it } from "vitest";
import { VisitorRoleSchema } from "../../src/agreement/index.js";
import { agreementMessages } from "../../src/agreement/messages.js";

describe("VisitorRoleSchema", () => {
  it("lists the kinds of participant of the sharing routine, each with words for messages", () => {
    expect(VisitorRoleSchema.options).toHaveLength(7);
    for (const role of VisitorRoleSchema.options) expect(agreementMessages[`role.${role}`]).toMatch(/\S/);
    expect(VisitorRoleSchema.safeParse("head").success).toBe(false);
  });
});

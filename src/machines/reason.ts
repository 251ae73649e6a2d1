import { z } from "zod";

/**
 * Schema of the reason an event that ends or skips something carries (cancel,
 * withdraw, skip a stage, postpone): some text, so that the audit trail
 * explains what happened. Its message is the code `machines/reason-required`,
 * written in the language of the call that parses. Internal module.
 */
export const ReasonSchema = /* @__PURE__ */ reasonSchema();

function reasonSchema() {
  return z.string().trim().min(1, { error: () => "machines/reason-required" });
}

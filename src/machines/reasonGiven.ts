import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Guard } from "./defineMachine.js";
import { machineMessages } from "./messages.js";

/**
 * A guard shared by the built-in machines: an event that ends or skips
 * something (cancel, withdraw, skip a stage) carries a non-empty `reason`, so
 * the audit trail explains what happened. Internal module.
 */
export const reasonGiven: Guard<unknown, { readonly type: string; readonly reason?: string }> = {
  description: "a reason is given",
  check: (_context, event): Diagnostic[] =>
    event.reason !== undefined && event.reason.trim() === ""
      ? [{ ruleId: "machine/reason-required", severity: "error", message: machineMessages["reason-required"], path: ["reason"] }]
      : [],
};

import { z } from "zod";
import { schemaLocale } from "../diagnostics/parseInput.js";
import { machineMessage } from "./message.js";

/**
 * Schema of the reason an event that ends or skips something carries (cancel,
 * withdraw, skip a stage, postpone): some text, so that the audit trail
 * explains what happened. Internal module.
 */
export const ReasonSchema = z.string().trim().min(1, { error: () => machineMessage(schemaLocale(), "reason-required") });

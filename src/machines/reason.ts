import { z } from "zod";
import { machineMessages } from "./messages.js";

/**
 * Schema of the reason an event that ends or skips something carries (cancel,
 * withdraw, skip a stage, postpone): some text, so that the audit trail
 * explains what happened. Internal module.
 */
export const ReasonSchema = z.string().trim().min(1, machineMessages["reason-required"]);

/**
 * Fills a template of the diagnostics catalogue in a locale. Internal module.
 */
import { messageReader } from "../text/formatMessage.js";
import { diagnosticMessages } from "./messages.js";
import { diagnosticMessagesZhHant } from "./messages.zh-Hant.js";

/** The message `key` of the diagnostics catalogue in `locale`, placeholders filled. */
export const diagnosticMessage = messageReader({ en: diagnosticMessages, "zh-Hant": diagnosticMessagesZhHant });

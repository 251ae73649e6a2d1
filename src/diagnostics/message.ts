/**
 * Fills a template of the diagnostics catalogues in a locale. Internal module.
 */
import { messageReader } from "../text/formatMessage.js";
import { diagnosticMessages, invalidInputMessages } from "./messages.js";
import { diagnosticMessagesZhHant, invalidInputMessagesZhHant } from "./messages.zh-Hant.js";

/** The message `key` of the catalogue of `formatDiagnostics` in `locale`, placeholders filled. */
export const diagnosticMessage = /* @__PURE__ */ messageReader({ en: diagnosticMessages, "zh-Hant": diagnosticMessagesZhHant });

/** The message `key` of the catalogue of `InvalidInputError` in `locale`, placeholders filled. */
export const invalidInputMessage = /* @__PURE__ */ messageReader({ en: invalidInputMessages, "zh-Hant": invalidInputMessagesZhHant });

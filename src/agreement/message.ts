/**
 * Fills a template of the agreement catalogue in a locale. Internal module.
 */
import { messageReader } from "../text/formatMessage.js";
import { agreementMessages } from "./messages.js";
import { agreementMessagesZhHant } from "./messages.zh-Hant.js";

/** The catalogue in each locale. */
export const agreementCatalogue = { en: agreementMessages, "zh-Hant": agreementMessagesZhHant } as const;

/** The message `key` of the agreement catalogue in `locale`, placeholders filled. */
export const agreementMessage = /* @__PURE__ */ messageReader(agreementCatalogue);

/**
 * Fills a template of the agreement catalogue (codes `agreement/…`) in a
 * locale. Internal module.
 */
import { calendarTemplates } from "../calendar/message.js";
import { messageReader, messagesIn, type Messages } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateLookup } from "../text/templates.js";
import { agreementMessages, type AgreementMessageKey } from "./messages.js";

/** The message `key` of the agreement catalogue in `locale`, placeholders filled. */
export const agreementMessage = /* @__PURE__ */ messageReader("agreement", agreementMessages);

/** Every template of the agreement catalogue in `locale`. */
export function agreementMessagesIn(locale: Locale): Messages<AgreementMessageKey> {
  return messagesIn(locale, "agreement", agreementMessages);
}

/** The English templates of the codes the agreement's schemas report (visits hold days and calendars). */
export const agreementTemplates = /* @__PURE__ */ templateLookup("agreement", agreementMessages, calendarTemplates);

/**
 * Fills a template of the agreement catalogue (codes `agreement/…`) in a
 * locale. Internal module.
 */
import { calendarTemplates } from "../calendar/message.js";
import { messageReader, messagesIn, type MessageParams, type Messages } from "../text/formatMessage.js";
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

/** What a diagnostic of the agreement says: its code, parameters, message and hint (the template `<key>.hint`, when there is one), in `locale`. */
export function agreementText(
  locale: Locale,
  key: AgreementMessageKey,
  params: MessageParams = {},
): { code: `agreement/${string}`; params: Record<string, string | number>; message: string; hint?: string } {
  const hintKey = `${key}.hint`;
  const text = { code: `agreement/${key}` as const, params: { ...params }, message: agreementMessage(locale, key, params) };
  return Object.hasOwn(agreementMessages, hintKey) ? { ...text, hint: agreementMessage(locale, hintKey as AgreementMessageKey, params) } : text;
}

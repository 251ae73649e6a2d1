/**
 * Fills a template of the feedback catalogue (codes `feedback/…`) in a
 * locale. Internal module.
 */
import { diagnosticTemplates } from "../diagnostics/message.js";
import { messageReader, messagesIn, type MessageParams, type Messages } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateLookup } from "../text/templates.js";
import { feedbackMessages, type FeedbackMessageKey } from "./messages.js";

/** The message `key` of the feedback catalogue in `locale`, placeholders filled. */
export const feedbackMessage = /* @__PURE__ */ messageReader("feedback", feedbackMessages);

/** Every template of the feedback catalogue in `locale`. */
export function feedbackMessagesIn(locale: Locale): Messages<FeedbackMessageKey> {
  return messagesIn(locale, "feedback", feedbackMessages);
}

/** The code of a feedback message (`feedback/<key>`), as a schema's message. */
export function schemaMessage(key: FeedbackMessageKey): string {
  return `feedback/${key}`;
}

/** The English templates of the codes the feedback schemas report. */
export const feedbackTemplates = /* @__PURE__ */ templateLookup("feedback", feedbackMessages, diagnosticTemplates);

/** What a diagnostic of the feedback capability says, as data and as text. */
export interface FeedbackText {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly message: string;
  readonly hint?: string;
}

/**
 * The code, parameters, message and hint of a feedback diagnostic with the
 * message `key`, written in `locale`; the hint is the template `<key>.hint`
 * when the catalogue has one (the convention `localizeDiagnostics` follows).
 */
export function feedbackText(locale: Locale, key: FeedbackMessageKey, params: MessageParams = {}): FeedbackText {
  const text = { code: schemaMessage(key), params: { ...params }, message: feedbackMessage(locale, key, params) };
  const hint = `${key}.hint`;
  return Object.hasOwn(feedbackMessages, hint) ? { ...text, hint: feedbackMessage(locale, hint as FeedbackMessageKey, params) } : text;
}

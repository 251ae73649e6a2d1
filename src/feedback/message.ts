/**
 * Fills a template of the feedback catalogue (codes `feedback/…`) in a
 * locale. Internal module.
 */
import { diagnosticTemplates } from "../diagnostics/message.js";
import { messageReader, messagesIn, type Messages } from "../text/formatMessage.js";
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

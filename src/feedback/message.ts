/**
 * Fills a template of the feedback catalogue in a locale. Internal module.
 */
import { schemaLocale } from "../diagnostics/parseInput.js";
import { messageReader, type MessageParams } from "../text/formatMessage.js";
import { feedbackMessages, type FeedbackMessageKey } from "./messages.js";
import { feedbackMessagesZhHant } from "./messages.zh-Hant.js";

/** The catalogue in each locale. */
export const feedbackCatalogue = { en: feedbackMessages, "zh-Hant": feedbackMessagesZhHant } as const;

/** The message `key` of the feedback catalogue in `locale`, placeholders filled. */
export const feedbackMessage = /* @__PURE__ */ messageReader(feedbackCatalogue);

/** The message `key` in the locale of the schema parse running (see `parseInput`). */
export function schemaMessage(key: FeedbackMessageKey, params?: MessageParams): string {
  return feedbackMessage(schemaLocale(), key, params);
}

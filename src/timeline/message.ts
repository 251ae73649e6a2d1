/**
 * Fills a template of the timeline catalogue (codes `timeline/…`) in a
 * locale. Internal module.
 */
import { calendarTemplates } from "../calendar/message.js";
import { formatList, messageReader, templateIn, type MessageParams } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateLookup } from "../text/templates.js";
import { timelineMessages, type TimelineMessageId } from "./messages.js";

/** The message `key` of the timeline catalogue in `locale`, placeholders filled. */
export const timelineMessage = /* @__PURE__ */ messageReader("timeline", timelineMessages);

/** "S1", "S1 and S2", "S1, S2 and S3" in `locale`. */
export function listIn(locale: Locale, items: readonly string[]): string {
  return formatList(items, templateIn(locale, "timeline", timelineMessages, "list.and"), templateIn(locale, "timeline", timelineMessages, "list.separator"));
}

/** The English templates of the codes the timeline's schemas report (plans hold calendars). */
export const timelineTemplates = /* @__PURE__ */ templateLookup("timeline", timelineMessages, calendarTemplates);

/** What a diagnostic of the timeline says, as data and as text: its code, parameters, message and hint. */
export interface TimelineText {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly message: string;
  readonly hint?: string;
}

/**
 * The code `timeline/<key>`, its parameters, and the message and hint (the
 * template `<key>.hint`, when the catalogue has one, filled with the same
 * parameters) in `locale`, for a diagnostic to spread.
 */
export function timelineText(locale: Locale, key: TimelineMessageId, params: MessageParams = {}): TimelineText {
  const hintKey = `${key}.hint`;
  const text = { code: `timeline/${key}`, params: { ...params }, message: timelineMessage(locale, key, params) };
  return Object.hasOwn(timelineMessages, hintKey) ? { ...text, hint: timelineMessage(locale, hintKey as TimelineMessageId, params) } : text;
}

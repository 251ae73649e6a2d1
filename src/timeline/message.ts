/**
 * Fills a template of the timeline catalogue (codes `timeline/…`) in a
 * locale. Internal module.
 */
import { calendarTemplates } from "../calendar/message.js";
import { formatList, messageReader, templateIn } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateLookup } from "../text/templates.js";
import { timelineMessages } from "./messages.js";

/** The message `key` of the timeline catalogue in `locale`, placeholders filled. */
export const timelineMessage = /* @__PURE__ */ messageReader("timeline", timelineMessages);

/** "S1", "S1 and S2", "S1, S2 and S3" in `locale`. */
export function listIn(locale: Locale, items: readonly string[]): string {
  return formatList(items, templateIn(locale, "timeline", timelineMessages, "list.and"), templateIn(locale, "timeline", timelineMessages, "list.separator"));
}

/** The English templates of the codes the timeline's schemas report (plans hold calendars). */
export const timelineTemplates = /* @__PURE__ */ templateLookup("timeline", timelineMessages, calendarTemplates);

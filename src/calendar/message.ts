/**
 * Fills a template of the calendar catalogue in a locale. Internal module.
 */
import { messageReader } from "../text/formatMessage.js";
import { calendarMessages } from "./messages.js";
import { calendarMessagesZhHant } from "./messages.zh-Hant.js";

/** The message `key` of the calendar catalogue in `locale`, placeholders filled. */
export const calendarMessage = /* @__PURE__ */ messageReader({ en: calendarMessages, "zh-Hant": calendarMessagesZhHant });

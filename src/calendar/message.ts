/**
 * Fills a template of the calendar catalogue (codes `calendar/…`) in a
 * locale. Internal module.
 */
import { diagnosticTemplates } from "../diagnostics/message.js";
import { messageReader } from "../text/formatMessage.js";
import { templateLookup } from "../text/templates.js";
import { calendarMessages } from "./messages.js";

/** The message `key` of the calendar catalogue in `locale`, placeholders filled. */
export const calendarMessage = /* @__PURE__ */ messageReader("calendar", calendarMessages);

/** The English templates of the codes a calendar's schemas report. */
export const calendarTemplates = /* @__PURE__ */ templateLookup("calendar", calendarMessages, diagnosticTemplates);

/**
 * Fills a template of the machines' catalogue (codes `machines/…`) in a
 * locale. Internal module.
 */
import { diagnosticTemplates } from "../diagnostics/message.js";
import { formatList, messageReader, templateIn } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateLookup } from "../text/templates.js";
import { machineMessages } from "./messages.js";

/** The message `key` of the machines' catalogue in `locale`, placeholders filled. */
export const machineMessage = /* @__PURE__ */ messageReader("machines", machineMessages);

/** "S1", "S1 and S2", "S1, S2 and S3" (「S1、S2及S3」). */
export function machineList(locale: Locale, items: readonly string[]): string {
  return formatList(items, templateIn(locale, "machines", machineMessages, "list.and"), templateIn(locale, "machines", machineMessages, "list.separator"));
}

/** The English templates of the codes the machine engine's schemas report. */
export const machineTemplates = /* @__PURE__ */ templateLookup("machines", machineMessages, diagnosticTemplates);

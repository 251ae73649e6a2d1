/**
 * Fills a template of the command line's catalogue (codes `cli/…`) in a
 * locale. Internal module.
 */
import { messageReader, templateIn, type MessageParams } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { cliMessages, type CliMessageKey } from "./messages.js";

/** The message `key` of the command line's catalogue in `locale`, placeholders filled. */
export const cliMessage = /* @__PURE__ */ messageReader("cli", cliMessages);

/** The message `key` in `locale`. */
export function say(key: CliMessageKey, params: MessageParams, locale: Locale): string {
  return cliMessage(locale, key, params);
}

/** Items joined with the locale's separator. */
export function sayList(items: readonly string[], locale: Locale): string {
  return items.join(templateIn(locale, "cli", cliMessages, "list.separator"));
}

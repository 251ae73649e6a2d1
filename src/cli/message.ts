/**
 * Fills a template of the command line's catalogue in a locale. Internal
 * module.
 */
import { messageReader, type MessageParams } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { cliMessages, type CliMessageKey } from "./messages.js";
import { cliMessagesZhHant } from "./messages.zh-Hant.js";

/** The catalogue in each locale. */
export const cliCatalogue = { en: cliMessages, "zh-Hant": cliMessagesZhHant } as const;

/** The message `key` of the command line's catalogue in `locale`, placeholders filled. */
export const cliMessage = /* @__PURE__ */ messageReader(cliCatalogue);

/** The message `key` in `locale`, with its placeholders filled: what the commands print. */
export function say(key: CliMessageKey, params: MessageParams, locale: Locale): string {
  return cliMessage(locale, key, params);
}

/** Names to choose from, such as kinds or built-in policies, listed in `locale`: "a, b, c" (「a、b、c」). */
export function sayList(items: readonly string[], locale: Locale): string {
  return items.join(cliCatalogue[locale]["list.separator"]);
}

/**
 * Fills a message of the machines' catalogue in a locale. Internal module.
 */
import { formatList, messageReader } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { machineMessages } from "./messages.js";
import { machineMessagesZhHant } from "./messages.zh-Hant.js";

const catalogue = { en: machineMessages, "zh-Hant": machineMessagesZhHant } as const;

/** The message `key` of the machines' catalogue in `locale`, placeholders filled. */
export const machineMessage = /* @__PURE__ */ messageReader(catalogue);

/** "S1", "S1 and S2", "S1, S2 and S3" (「S1、S2及S3」). */
export function machineList(locale: Locale, items: readonly string[]): string {
  const messages = catalogue[locale];
  return formatList(items, messages["list.and"], messages["list.separator"]);
}

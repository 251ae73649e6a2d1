/**
 * Fills a message of the timeline catalogue in a locale, and finds the texts
 * of the built-in templates in a locale. Internal module.
 */
import { formatList, messageReader } from "../text/formatMessage.js";
import type { Locale } from "../text/locale.js";
import { templateTexts, timelineMessages, type TemplateTextsCatalogue } from "./messages.js";
import { templateTextsZhHant, timelineMessagesZhHant } from "./messages.zh-Hant.js";

const catalogue = { en: timelineMessages, "zh-Hant": timelineMessagesZhHant } as const;

/** The message `id` of the timeline catalogue in `locale`, placeholders filled. */
export const timelineMessage = /* @__PURE__ */ messageReader(catalogue);

/** "S1", "S1 and S2", "S1, S2 and S3" (「S1、S2及S3」). */
export function listIn(locale: Locale, items: readonly string[]): string {
  const messages = catalogue[locale];
  return formatList(items, messages["list.and"], messages["list.separator"]);
}

/** The texts of the built-in templates in each locale. */
export const templateTextsByLocale: { readonly [L in Locale]: TemplateTextsCatalogue } = {
  en: templateTexts,
  "zh-Hant": templateTextsZhHant,
};

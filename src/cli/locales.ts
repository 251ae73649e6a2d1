/**
 * The languages of the command line: the tags `--locale` accepts, each the
 * library's locale object. This is the one place where a language is a
 * string; everything after it passes locale objects to the library. The
 * program runs in Node, so it carries every language it offers. Internal
 * module.
 */
import { zhHant } from "../locales/zh-Hant.js";
import { en, type Locale } from "../text/locale.js";

/** The locales by the tag `--locale` takes. */
const localesByTag = { en, "zh-Hant": zhHant } as const satisfies Readonly<Record<string, Locale>>;

/** A tag `--locale` accepts. */
export type LocaleTag = keyof typeof localesByTag;

/**
 * The tags `--locale` accepts, in the order the help lists them.
 *
 * @example
 * ```ts
 * localeTags.join(", "); // "en, zh-Hant"
 * ```
 */
export const localeTags: readonly LocaleTag[] = Object.keys(localesByTag) as LocaleTag[];

/**
 * The locale of a tag given to `--locale`, or `undefined` for a tag the
 * program does not offer.
 *
 * @example
 * ```ts
 * localeOfTag("zh-Hant"); // zhHant
 * localeOfTag("zh-TW"); // undefined
 * ```
 */
export function localeOfTag(tag: string): Locale | undefined {
  return Object.hasOwn(localesByTag, tag) ? localesByTag[tag as LocaleTag] : undefined;
}

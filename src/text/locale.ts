import { z } from "zod";

/**
 * The languages the library writes in: English (`"en"`), and Traditional
 * Chinese as written in Hong Kong schools (`"zh-Hant"`). Every function that
 * produces text for people (diagnostic messages, timeline titles, report
 * headings) takes a `locale` option with one of these; English is the default.
 *
 * @example
 * ```ts
 * import { locales } from "collegiate";
 *
 * locales; // ["en", "zh-Hant"]
 * ```
 */
export const locales = ["en", "zh-Hant"] as const;

/**
 * Schema of a locale: `"en"` or `"zh-Hant"` (BCP 47 tags).
 *
 * @example
 * ```ts
 * import { LocaleSchema } from "collegiate";
 *
 * LocaleSchema.safeParse("zh-Hant").success; // true
 * LocaleSchema.safeParse("zh-HK").success; // false: the tag is the script, "zh-Hant"
 * ```
 */
export const LocaleSchema = z.enum(locales);

/**
 * A language the library writes in: `"en"` or `"zh-Hant"`.
 *
 * @example
 * ```ts
 * import type { Locale } from "collegiate";
 *
 * const locale: Locale = "zh-Hant";
 * ```
 */
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * The option every `parse…` and `define…` function takes besides its input:
 * the language of the diagnostics it reports (and of the error it throws).
 *
 * @example
 * ```ts
 * import { parseSchoolCalendar, type LocaleOptions } from "collegiate/calendar";
 *
 * const options: LocaleOptions = { locale: "zh-Hant" };
 * parseSchoolCalendar({ weekend: ["funday"] }, options).diagnostics[0]?.message;
 * // "不明的星期名稱 "funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。"
 * ```
 */
export interface LocaleOptions {
  /** The language of messages: `"en"` (the default) or `"zh-Hant"`. */
  readonly locale?: Locale;
}

/**
 * The locale an options object asks for: its `locale` when that is a known
 * locale, English otherwise (a function that validates its options reports a
 * wrong value itself; this only chooses the language of the report).
 *
 * @internal
 */
export function localeOf(options: unknown): Locale {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  return locale === "zh-Hant" ? "zh-Hant" : "en";
}

/**
 * The locale an options object asks for, or a `TypeError` naming the wrong
 * value, for functions whose options have no schema.
 *
 * @internal
 */
export function checkedLocale(options: unknown): Locale {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  if (locale === undefined || locale === "en") return "en";
  if (locale === "zh-Hant") return locale;
  throw new TypeError(`Unknown locale ${shownValue(locale)}: expected "en" or "zh-Hant".`);
}

/**
 * {@link checkedLocale} for functions whose options must be an object when
 * given: `null`, a number, text or a list is a `TypeError` naming it, never a
 * "Cannot read properties of null" from further in.
 *
 * @internal
 */
export function checkedOptionsLocale(options: unknown): Locale {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new TypeError(`Options must be an object, or left out; received ${shownValue(options)}.`);
  }
  return checkedLocale(options);
}

/** A wrong value as JSON where it has one (a BigInt or a cycle has none). */
function shownValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `a value of type ${typeof value}`;
  }
}

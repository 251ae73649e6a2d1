import type { Locale as DateFnsLocale } from "date-fns/locale";
import { z } from "zod";

/**
 * A message template by its stable code, such as
 * `"calendar/term.end-before-start"` or `"timeline/activity-day-closed"`: the
 * capability, a slash, and the key of the template in that capability.
 *
 * @example
 * ```ts
 * import type { MessageCode } from "collegiate";
 *
 * const code: MessageCode = "calendar/term.end-before-start";
 * ```
 */
export type MessageCode = `${string}/${string}`;

/**
 * A language the library writes in, as an object, in the manner of date-fns
 * locales: English is built in ({@link en}); Traditional Chinese is
 * `import { zhHant } from "collegiate/locales/zh-Hant"`; an application writes
 * its own with {@link defineLocale}. Pass it as `{ locale }` wherever text is
 * written. A template a locale leaves out is written in English, so a locale
 * may translate as much as it likes.
 *
 * @example
 * ```ts
 * import { defineLocale, type CollegiateLocale } from "collegiate";
 *
 * const pirate: CollegiateLocale = defineLocale({
 *   code: "en-x-pirate",
 *   messages: { "calendar/term.name-required": "Arr, a term be needin' a name." },
 * });
 * ```
 */
export interface CollegiateLocale {
  /** The BCP 47 tag of the language, such as `"en"` or `"zh-Hant"`. */
  readonly code: string;
  /**
   * Templates by {@link MessageCode}: `{name}` placeholders are filled from a
   * message's parameters. Codes the locale leaves out are written in English.
   */
  readonly messages: Readonly<Record<string, string>>;
  /** zod's own messages in this language (one of zod's locales, such as `zod/v4/locales/zh-TW.js`); English otherwise. */
  readonly zod?: { readonly localeError: z.core.$ZodErrorMap };
  /** A date-fns locale for the names of months and weekdays; English otherwise. */
  readonly dateFns?: DateFnsLocale;
}

/**
 * A language the library writes in: a {@link CollegiateLocale}.
 *
 * @example
 * ```ts
 * import { en, type Locale } from "collegiate";
 *
 * const locale: Locale = en;
 * ```
 */
export type Locale = CollegiateLocale;

/**
 * English, the library's own language and the default everywhere: its
 * templates are the library's catalogues, so this object carries none.
 *
 * @example
 * ```ts
 * import { en, formatDiagnostics } from "collegiate";
 *
 * formatDiagnostics([], { locale: en }); // "No problems found."
 * ```
 */
export const en: CollegiateLocale = /* @__PURE__ */ Object.freeze({ code: "en", messages: /* @__PURE__ */ Object.freeze({}) });

/** Whether `value` has the shape of a locale (checked where a locale is taken from JavaScript). */
export function isLocale(value: unknown): value is CollegiateLocale {
  if (typeof value !== "object" || value === null) return false;
  const { code, messages, zod } = value as { code?: unknown; messages?: unknown; zod?: unknown };
  if (typeof code !== "string" || code.length === 0) return false;
  if (typeof messages !== "object" || messages === null || Array.isArray(messages)) return false;
  if (zod !== undefined && (typeof zod !== "object" || zod === null || typeof (zod as { localeError?: unknown }).localeError !== "function")) return false;
  return true;
}

/**
 * The option every function that writes text for people takes besides its
 * input: the language, English when left out.
 *
 * @example
 * ```ts
 * import { parseSchoolCalendar, type LocaleOptions } from "collegiate/calendar";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: LocaleOptions = { locale: zhHant };
 * parseSchoolCalendar({ weekend: ["funday"] }, options).diagnostics[0]?.message;
 * // "不明的星期名稱"funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。"
 * ```
 */
export interface LocaleOptions {
  /** The language of messages: {@link en} (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own. */
  readonly locale?: CollegiateLocale;
}

/**
 * The locale an options object asks for: its `locale` when that is a locale,
 * English otherwise (a function that validates its options reports a wrong
 * value itself; this only chooses the language of the report).
 *
 * @internal
 */
export function localeOf(options: unknown): CollegiateLocale {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  return isLocale(locale) ? locale : en;
}

/**
 * The locale an options object asks for, or `undefined` when its `locale` is
 * given but is not a locale (the caller reports that as it reports every
 * other wrong option).
 *
 * @internal
 */
export function requestedLocale(options: unknown): CollegiateLocale | undefined {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  if (locale === undefined) return en;
  return isLocale(locale) ? locale : undefined;
}

/**
 * Schema of a locale option: a {@link CollegiateLocale} object. A string
 * such as `"zh-Hant"` (the form of earlier versions) is refused, with a
 * message saying which object to import instead.
 *
 * @example
 * ```ts
 * import { en, LocaleSchema } from "collegiate";
 *
 * LocaleSchema.safeParse(en).success; // true
 * LocaleSchema.safeParse("zh-Hant").success; // false: import { zhHant } from "collegiate/locales/zh-Hant"
 * ```
 */
export const LocaleSchema = /* @__PURE__ */ zCustomLocale();

function zCustomLocale() {
  return z.custom<CollegiateLocale>(isLocale, { error: () => "diagnostics/locale.unknown" });
}

import { describe, expect, it } from "vitest";
import { checkedLocale, localeOf, LocaleSchema, locales } from "../../src/text/locale.js";

describe("locales", () => {
  it("are English and Traditional Chinese, tagged by script as BCP 47 does", () => {
    expect(locales).toEqual(["en", "zh-Hant"]);
    expect(LocaleSchema.safeParse("zh-Hant").success).toBe(true);
    // A region is not a language of the library: Hong Kong writes zh-Hant.
    expect(LocaleSchema.safeParse("zh-HK").success).toBe(false);
    expect(LocaleSchema.safeParse("zh-hant").success).toBe(false);
  });

  it("localeOf picks the language of a report, English for anything else", () => {
    expect(localeOf({ locale: "zh-Hant" })).toBe("zh-Hant");
    expect(localeOf({ locale: "en" })).toBe("en");
    expect(localeOf({})).toBe("en");
    expect(localeOf(undefined)).toBe("en");
    expect(localeOf("zh-Hant")).toBe("en");
    expect(localeOf({ locale: "fr" })).toBe("en");
  });

  it("checkedLocale refuses an unknown locale, naming it", () => {
    expect(checkedLocale({ locale: "zh-Hant" })).toBe("zh-Hant");
    expect(checkedLocale(undefined)).toBe("en");
    expect(checkedLocale({ locale: undefined })).toBe("en");
    expect(() => checkedLocale({ locale: "zh-HK" })).toThrow(new TypeError('Unknown locale "zh-HK": expected "en" or "zh-Hant".'));
  });

  it("checkedLocale names a locale that JSON cannot show (a BigInt, a cycle) instead of failing to", () => {
    expect(() => checkedLocale({ locale: 10n })).toThrow(new TypeError('Unknown locale a value of type bigint: expected "en" or "zh-Hant".'));
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(() => checkedLocale({ locale: cycle })).toThrow(new TypeError('Unknown locale a value of type object: expected "en" or "zh-Hant".'));
  });
});

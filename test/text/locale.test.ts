import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { en, isLocale, localeOf, LocaleSchema, requestedLocale } from "../../src/text/locale.js";

describe("locales as objects", () => {
  it("English is built in, frozen and empty: its templates are the catalogues", () => {
    expect(en.code).toBe("en");
    expect(en.messages).toEqual({});
    expect(Object.isFrozen(en) && Object.isFrozen(en.messages)).toBe(true);
  });

  it("LocaleSchema takes a locale object and refuses the strings of earlier versions with a code", () => {
    expect(LocaleSchema.safeParse(en).success).toBe(true);
    expect(LocaleSchema.safeParse(zhHant).success).toBe(true);
    for (const value of ["zh-Hant", "en", null, undefined, 5, [], { code: "" , messages: {} }, { code: "fr" }, { code: "fr", messages: [] }, { code: "fr", messages: {}, zod: {} }]) {
      const parsed = LocaleSchema.safeParse(value);
      expect(parsed.success, JSON.stringify(value)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("diagnostics/locale.unknown");
    }
    expect(isLocale({ code: "fr", messages: {}, zod: { localeError: () => "x" } })).toBe(true);
  });

  it("localeOf picks the language of a report, English for anything else", () => {
    expect(localeOf({ locale: zhHant })).toBe(zhHant);
    expect(localeOf({ locale: en })).toBe(en);
    expect(localeOf({})).toBe(en);
    expect(localeOf(undefined)).toBe(en);
    expect(localeOf(zhHant)).toBe(en);
    expect(localeOf({ locale: "zh-Hant" })).toBe(en);
  });

  it("requestedLocale is undefined only when a locale is given and is not one", () => {
    expect(requestedLocale({ locale: zhHant })).toBe(zhHant);
    expect(requestedLocale(undefined)).toBe(en);
    expect(requestedLocale({ locale: undefined })).toBe(en);
    expect(requestedLocale({ locale: "zh-Hant" })).toBeUndefined();
    expect(requestedLocale({ locale: 10n })).toBeUndefined();
  });
});

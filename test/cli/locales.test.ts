import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { localeOfTag, localeTags } from "../../src/cli/locales.js";
import { en } from "../../src/text/locale.js";

describe("localeOfTag", () => {
  it("turns each tag --locale accepts into the library's locale object", () => {
    expect(localeTags).toEqual(["en", "zh-Hant"]);
    expect(localeOfTag("en")).toBe(en);
    expect(localeOfTag("zh-Hant")).toBe(zhHant);
    for (const tag of localeTags) expect(localeOfTag(tag)?.code).toBe(tag);
  });

  it("knows no other tag, not even one named like a property of every object", () => {
    for (const tag of ["fr", "zh-TW", "zh-hant", "EN", "", "toString", "__proto__", "constructor"]) expect(localeOfTag(tag), tag).toBeUndefined();
  });
});

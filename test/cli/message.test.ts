import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";
import { say, sayList } from "../../src/cli/message.js";

describe("say", () => {
  it("fills a template in the locale asked for", () => {
    expect(say("unusable.missing-option", { option: "--survey" }, en)).toBe("--survey is required");
    expect(say("unusable.missing-option", { option: "--survey" }, zhHant)).toBe("必須提供--survey");
    expect(say("unusable.stdin", {}, zhHant)).toBe("標準輸入");
  });
});

describe("sayList", () => {
  it("lists names with each language's mark", () => {
    expect(sayList(["en", "zh-Hant"], en)).toBe("en, zh-Hant");
    expect(sayList(["en", "zh-Hant"], zhHant)).toBe("en、zh-Hant");
    expect(sayList([], zhHant)).toBe("");
  });
});

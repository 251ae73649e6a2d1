import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SchoolCalendarInputSchema } from "../../src/calendar/index.js";
import { diagnosticsFromZod } from "../../src/diagnostics/fromZod.js";
import { parseInput, schemaLocale } from "../../src/diagnostics/parseInput.js";

describe("parseInput (internal)", () => {
  const input = { weekend: ["funday"], colour: "red" };

  it("in English gives exactly what safeParse and diagnosticsFromZod give", () => {
    const parsed = SchoolCalendarInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parseInput(SchoolCalendarInputSchema, input, "en")).toEqual({
      success: false,
      diagnostics: diagnosticsFromZod(parsed.error?.issues ?? []),
    });
  });

  it("writes the library's messages and zod's own in Traditional Chinese, with the base path", () => {
    const parsed = parseInput(SchoolCalendarInputSchema, input, "zh-Hant", ["calendar"]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.diagnostics.map((d) => [d.ruleId, d.path.join("."), d.message])).toEqual([
      // The library's own sentence (calendar catalogue), written by hand from its template.
      ["schema/invalid-value", "calendar.weekend.0", '不明的星期名稱"funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。'],
      // zod's zh-TW locale, as zod ships it.
      ["schema/unrecognized-keys", "calendar", '無法識別的鍵值："colour"'],
    ]);
  });

  it("leaves the schemas in English for anyone using them directly, and zod's configuration alone", () => {
    const before = z.config();
    parseInput(SchoolCalendarInputSchema, input, "zh-Hant");
    expect(schemaLocale()).toBe("en");
    expect(z.config()).toEqual(before);
    expect(SchoolCalendarInputSchema.safeParse(input).error?.issues[0]?.message).toBe(
      'Unknown weekday "funday": expected one of monday, tuesday, wednesday, thursday, friday, saturday, sunday.',
    );
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });

  it("nests, and restores the outer locale after a check that throws", () => {
    const seen: string[] = [];
    const inner = z.string().check((ctx) => {
      seen.push(`inner ${schemaLocale()}`);
      if (ctx.value === "boom") throw new Error("boom");
    });
    const outer = z.string().check((ctx) => {
      seen.push(`outer ${schemaLocale()}`);
      parseInput(inner, ctx.value, "en");
      seen.push(`outer again ${schemaLocale()}`);
    });
    parseInput(outer, "fine", "zh-Hant");
    expect(seen).toEqual(["outer zh-Hant", "inner en", "outer again zh-Hant"]);
    expect(() => parseInput(outer, "boom", "zh-Hant")).toThrow("boom");
    expect(schemaLocale()).toBe("en");
  });
});

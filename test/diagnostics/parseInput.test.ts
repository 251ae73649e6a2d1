import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SchoolCalendarInputSchema } from "../../src/calendar/index.js";
import { calendarTemplates } from "../../src/calendar/message.js";
import { diagnosticTemplates } from "../../src/diagnostics/message.js";
import { DiagnosticSchema } from "../../src/diagnostics/diagnostic.js";
import { parseInput } from "../../src/diagnostics/parseInput.js";
import { en } from "../../src/text/locale.js";
import { schemaIssue } from "../../src/text/templates.js";

describe("parseInput (internal)", () => {
  const input = { weekend: ["funday"], colour: "red" };

  it("gives every issue as a diagnostic with its code, parameters and full path", () => {
    const schema = z.object({ visits: z.array(z.object({ day: z.string(), length: z.number() })) });
    const parsed = parseInput(schema, { visits: [{ day: 1, length: 40 }, { day: "x", length: "long" }] }, en, diagnosticTemplates, ["plan"]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.diagnostics.map((d) => [d.ruleId, d.path, d.code, d.params, d.message])).toEqual([
      ["schema/invalid-type", ["plan", "visits", 0, "day"], "zod/invalid_type", { expected: "string", received: "number" }, "Invalid input: expected string, received number"],
      ["schema/invalid-type", ["plan", "visits", 1, "length"], "zod/invalid_type", { expected: "number", received: "string" }, "Invalid input: expected number, received string"],
    ]);
    expect(parsed.diagnostics.every((d) => DiagnosticSchema.safeParse(d).success)).toBe(true);
  });

  it("uses the rule id, values and hint code a custom issue carries", () => {
    const schema = z.string().check((ctx) => {
      ctx.issues.push(schemaIssue("calendar/weekend.duplicate", { day: ctx.value }, { ruleId: "vague", hint: "calendar/terms.overlap.hint", input: ctx.value }));
    });
    expect(parseInput(schema, "friday", en, calendarTemplates)).toEqual({
      success: false,
      diagnostics: [
        {
          ruleId: "schema/vague",
          severity: "error",
          code: "calendar/weekend.duplicate",
          params: { day: "friday" },
          message: "friday is listed twice in the weekend.",
          path: [],
          hint: "Terms must not overlap; a break between terms is simply a gap.",
        },
      ],
    });
  });

  it("keeps a message that is no code of the templates as zod's own issue", () => {
    const schema = z.string().min(3, { error: () => "Too short." });
    const parsed = parseInput(schema, "ab", en, calendarTemplates);
    expect(parsed.success ? [] : parsed.diagnostics.map((d) => [d.code, d.message])).toEqual([["zod/too_small", "Too small: expected string to have >=3 characters"]]);
  });

  it("writes the library's messages and zod's own in Traditional Chinese, with the base path", () => {
    const parsed = parseInput(SchoolCalendarInputSchema, input, zhHant, calendarTemplates, ["calendar"]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.diagnostics.map((d) => [d.ruleId, d.path.join("."), d.code, d.message])).toEqual([
      // The library's own sentence (calendar catalogue), written by hand from its template.
      ["schema/invalid-value", "calendar.weekend.0", "calendar/weekday.unknown", '不明的星期名稱"funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。'],
      // zod's zh-TW locale, as zod ships it.
      ["schema/unrecognized-keys", "calendar", "zod/unrecognized_keys", '無法識別的鍵值："colour"'],
    ]);
  });

  it("leaves zod's configuration alone: a schema's own message is its code", () => {
    const before = z.config();
    parseInput(SchoolCalendarInputSchema, input, zhHant, calendarTemplates);
    expect(z.config()).toEqual(before);
    expect(SchoolCalendarInputSchema.safeParse(input).error?.issues[0]?.message).toBe("calendar/weekday.unknown");
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });

  it("nests parses in different languages without either changing the other", () => {
    const inner = z.string().min(5);
    const outer = z.string().check((ctx) => {
      const nested = parseInput(inner, ctx.value, en, calendarTemplates);
      if (!nested.success) ctx.issues.push(schemaIssue("calendar/weekend.duplicate", { day: nested.diagnostics[0]?.message ?? "" }, { input: ctx.value }));
    });
    const parsed = parseInput(outer, "abc", zhHant, calendarTemplates);
    expect(parsed.success ? undefined : parsed.diagnostics[0]?.message).toBe("週末重複列出了Too small: expected string to have >=5 characters。");
  });
});

/**
 * The calendar's messages in Traditional Chinese. Each expected sentence is
 * the catalogue's template filled by hand with the values of the input.
 */
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar, parsePlainDate, parseSchoolCalendar } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/InvalidInputError.js";
import { zhHant } from "collegiate/locales/zh-Hant";

describe("the calendar's messages in Traditional Chinese", () => {
  it("say why a day is not a calendar day", () => {
    const messages = (input: unknown) => parsePlainDate(input, { locale: zhHant }).diagnostics.map((d) => d.message);
    expect(messages("18/03/2027")).toEqual(['日期應為 YYYY-MM-DD 格式，收到的是"18/03/2027"。']);
    expect(messages("2027-02-29")).toEqual(["2027-02-29不是真實存在的日子：2027年不是閏年。"]);
    expect(messages("2027-13-01")).toEqual(["2027-13-01不是真實存在的日子：沒有13月。"]);
    expect(messages("2027-04-31")).toEqual(["2027-04-31不是真實存在的日子：04月沒有31日。"]);
    expect(messages(20270318)).toEqual(["日期應為 YYYY-MM-DD 格式的字串。"]);
  });

  it("name every problem of a calendar, with its path and hint", () => {
    const result = parseSchoolCalendar(
      {
        weekend: ["saturday", "saturday"],
        terms: [{ name: "下學期", start: "2027-01-15", end: "2026-12-20" }],
        closures: [{ name: " ", start: "2027-02-06" }],
      },
      { locale: zhHant },
    );
    expect(result.diagnostics.map((d) => [d.path.join("."), d.message, d.hint])).toEqual([
      ["weekend.1", "週末重複列出了saturday。", undefined],
      ["terms.0.end", "學期的結束日2026-12-20早於開始日2027-01-15。", "請對調開始日和結束日，或更正輸入的日期。"],
      ["closures.0.name", "假期須有名稱，計劃才能說明當天為何不用上課。", undefined],
    ]);
    const overlapping = parseSchoolCalendar(
      {
        terms: [
          { name: "上學期", start: "2026-09-01", end: "2027-01-31" },
          { name: "下學期", start: "2027-01-15", end: "2027-07-16" },
        ],
      },
      { locale: zhHant },
    );
    expect(overlapping.diagnostics.map((d) => [d.path.join("."), d.message, d.hint])).toEqual([
      ["terms.1.start", "學期「下學期」於2027-01-15開始，落在學期「上學期」（2026-09-01至2027-01-31）之內。", "學期之間不可重疊；兩個學期之間的假期留空即可。"],
    ]);
  });

  it("throw from defineSchoolCalendar with a Chinese first line", () => {
    try {
      defineSchoolCalendar({ weekend: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, { locale: zhHant });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message).toBe("校曆無效：共1個問題\n  - weekend: 一星期每天都列作週末，學校將永遠不用上課。");
      expect((error as InvalidInputError).diagnostics[0]?.hint).toBe("請最少保留一天不列作週末。");
    }
  });

  it("stay in English without a locale", () => {
    expect(parsePlainDate("2027-02-29").diagnostics[0]?.message).toBe("2027-02-29 is not a real day: 2027 is not a leap year.");
  });
});

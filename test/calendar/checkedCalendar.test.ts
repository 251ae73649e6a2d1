import { describe, expect, it } from "vitest";
import { checkedCalendar } from "../../src/calendar/checkedCalendar.js";
import { defineSchoolCalendar } from "../../src/calendar/index.js";

describe("checkedCalendar (internal)", () => {
  it("takes a defined calendar as it is", () => {
    const calendar = defineSchoolCalendar({});
    expect(checkedCalendar(calendar, "zh-Hant")).toEqual({ ok: true, value: calendar, diagnostics: [] });
  });

  it("checks a calendar read back from JSON once per locale, in that locale", () => {
    const stored = JSON.parse('{"weekend":["saturday","sunday"],"terms":[],"closures":[{"name":"","start":"2027-02-06"}]}') as unknown;
    const english = checkedCalendar(stored, "en");
    const chinese = checkedCalendar(stored, "zh-Hant");
    expect(english.diagnostics[0]?.message).toBe("A closure needs a name, so a plan can say why a day is closed.");
    expect(chinese.diagnostics[0]?.message).toBe("假期須有名稱，計劃才能說明當天為何不用上課。");
    // The same result objects on the second call: no second check.
    expect(checkedCalendar(stored, "en")).toBe(english);
    expect(checkedCalendar(stored, "zh-Hant")).toBe(chinese);
  });

  it("reports a value that is no object at all", () => {
    expect(checkedCalendar("hk", "zh-Hant").ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { checkedCalendar } from "../../src/calendar/checkedCalendar.js";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";

describe("checkedCalendar (internal)", () => {
  it("takes a defined calendar as it is", () => {
    const calendar = defineSchoolCalendar({});
    expect(checkedCalendar(calendar, zhHant)).toEqual({ ok: true, value: calendar, diagnostics: [] });
  });

  it("checks a calendar read back from JSON on each call, in the caller's locale, and sees the owner's changes", () => {
    const stored = JSON.parse('{"weekend":["saturday","sunday"],"terms":[],"closures":[{"name":"","start":"2027-02-06"}]}') as {
      closures: { name: string }[];
    };
    expect(checkedCalendar(stored, en).diagnostics[0]?.message).toBe("A closure needs a name, so a plan can say why a day is closed.");
    expect(checkedCalendar(stored, zhHant).diagnostics[0]?.message).toBe("假期須有名稱，計劃才能說明當天為何不用上課。");
    (stored.closures[0] as { name: string }).name = "Lunar New Year";
    const fixed = checkedCalendar(stored, en);
    expect(fixed.ok).toBe(true);
    // A valid plain object gives a frozen copy; the caller's object stays its own.
    expect(fixed.ok && Object.isFrozen(fixed.value.closures[0])).toBe(true);
    expect(Object.isFrozen(stored)).toBe(false);
    stored.closures.length = 0;
    expect(fixed.ok && fixed.value.closures).toHaveLength(1);
  });

  it("reports a value that is no object at all", () => {
    expect(checkedCalendar("hk", zhHant).ok).toBe(false);
  });
});

import { zhTW } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { dayInLocale } from "../../src/calendar/dayInLocale.js";
import { plainDate } from "../../src/calendar/index.js";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";

describe("dayInLocale (internal)", () => {
  // 18 March 2027 is a Thursday (星期四), 26 December 2026 a Saturday (星期六).
  const day = plainDate("2027-03-18");

  it("writes a day the way each language writes it in a table", () => {
    expect(dayInLocale(day, en)).toBe("Thu 18 Mar 2027");
    expect(dayInLocale(day, zhHant)).toBe("2027年3月18日（四）");
    expect(dayInLocale(plainDate("2026-12-26"), zhHant)).toBe("2026年12月26日（六）");
  });

  it("names weekdays with Hong Kong's date-fns locale, or another one when asked", () => {
    expect(dayInLocale(day, zhHant, "EEEE")).toBe("星期四");
    expect(dayInLocale(day, en, "EEEE")).toBe("Thursday");
    expect(dayInLocale(day, en, "EEEE", zhTW)).toBe("星期四");
    // date-fns's zhHK names quarters 第一季 (zhTW: 第一刻).
    expect(dayInLocale(day, zhHant, "QQQ")).toBe("第一季");
  });
});

import { describe, expect, it } from "vitest";
import { en } from "../../src/text/locale.js";
import { timelineMessage, timelineText } from "../../src/timeline/message.js";
import { zhHant } from "collegiate/locales/zh-Hant";

describe("timelineMessage (internal)", () => {
  it("fills a template of the catalogue", () => {
    expect(timelineMessage(en, "activity-day-closed", { day: "2027-05-13", closure: "Buddha's Birthday" })).toBe(
      "The activity day 2027-05-13 is closed: Buddha's Birthday.",
    );
    expect(timelineMessage(en, "status.late")).toBe("late");
  });

  it("shows a placeholder without a value as its {name}, never throwing", () => {
    const message = timelineMessage(en, "activity-day-closed", { day: "2027-05-13" });
    expect(message).toContain("2027-05-13");
    expect(message).toContain("{closure}");
  });

  it("gives a diagnostic's code, parameters, message and the hint of the same parameters when the catalogue has one", () => {
    expect(timelineText(zhHant, "start-day-closed", { day: "2027-03-20", closure: "Easter holidays", after: "2027-03-22" })).toEqual({
      code: "timeline/start-day-closed",
      params: { day: "2027-03-20", closure: "Easter holidays", after: "2027-03-22" },
      message: "開始日2027-03-20不是學校日：Easter holidays。",
      hint: "請在學校日開始：下一個學校日是2027-03-22。",
    });
    expect(timelineText(en, "meeting-moved", { planned: "2026-10-19", closure: "a holiday", day: "2026-10-20" })).not.toHaveProperty("hint");
  });
});

import { describe, expect, it } from "vitest";
import { en } from "../../src/text/locale.js";
import { timelineMessage } from "../../src/timeline/message.js";

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
});

import { describe, expect, it } from "vitest";
import { timelineMessage } from "../../src/timeline/message.js";

describe("timelineMessage (internal)", () => {
  it("fills a template of the catalogue", () => {
    expect(timelineMessage("en", "activity-day-closed", { day: "2027-05-13", closure: "Buddha's Birthday" })).toBe(
      "The activity day 2027-05-13 is closed: Buddha's Birthday.",
    );
    expect(timelineMessage("en", "status.late")).toBe("late");
  });

  it("throws when a placeholder has no value, never showing a raw {name}", () => {
    expect(() => timelineMessage("en", "activity-day-closed", { day: "2027-05-13" })).toThrow("{closure}");
  });
});

import { describe, expect, it } from "vitest";
import { plainDate } from "../../src/calendar/index.js";
import { stageStatus } from "../../src/timeline/index.js";

describe("stageStatus", () => {
  const stage = { opensOn: plainDate("2027-03-04"), dueOn: plainDate("2027-03-17") };

  it("is upcoming before the opening day, open through the due day, late after it", () => {
    expect(stageStatus(stage, plainDate("2027-03-03"))).toBe("upcoming");
    expect(stageStatus(stage, plainDate("2027-03-04"))).toBe("open");
    expect(stageStatus(stage, plainDate("2027-03-17"))).toBe("open");
    expect(stageStatus(stage, plainDate("2027-03-18"))).toBe("late");
  });

  it("compares across years and months, not only days", () => {
    expect(stageStatus(stage, plainDate("2026-12-31"))).toBe("upcoming");
    expect(stageStatus(stage, plainDate("2028-01-01"))).toBe("late");
  });

  it("names a value that is not a day in a TypeError instead of comparing it as text", () => {
    expect(() => stageStatus(stage, 5 as never)).toThrow(TypeError);
    expect(() => stageStatus(stage, "2027-3-18" as never)).toThrow('Expected a calendar day as "YYYY-MM-DD"');
  });
});

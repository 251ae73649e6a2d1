import { describe, expect, it } from "vitest";
import { jointSchoolSharing, parseTimeline, scheduleBackward } from "../../src/timeline/index.js";
import { hongKong2026 } from "../support/calendars.js";

describe("parseTimeline", () => {
  const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar: hongKong2026, asOf: "2027-01-04", school: "harbour" });

  it("accepts a stored timeline", () => {
    const result = parseTimeline(JSON.parse(JSON.stringify(timeline)));
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(timeline);
  });

  it("reports what is wrong with a damaged one, with paths", () => {
    const damaged = JSON.parse(JSON.stringify(timeline)) as { stages: { dueOn: string; status: string }[]; anchorDay: string };
    damaged.anchorDay = "2027-02-30";
    (damaged.stages[0] as { dueOn: string }).dueOn = "2026-11-01";
    (damaged.stages[1] as { status: string }).status = "done";
    expect(parseTimeline(damaged).diagnostics.map((d) => `${d.ruleId}@${d.path.join(".")}`)).toEqual([
      "schema/plain-date-not-a-day@anchorDay",
      "schema/due-before-open@stages.0.dueOn",
      "schema/invalid-value@stages.1.status",
    ]);
  });
});

/** Formatters whose options have no schema name options that are not an object in a TypeError. */
import { describe, expect, it } from "vitest";
import { formatDiagnostics } from "../../src/diagnostics/index.js";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { formatTimeline, jointSchoolSharing, scheduleBackward, timelineToMarkdown } from "../../src/timeline/index.js";

describe("options that are not an object", () => {
  const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });

  it.each([null, 5, "zh-Hant", []])("are a TypeError naming them (%j), not a failure to read them", (options) => {
    for (const call of [
      () => formatDiagnostics([], options as never),
      () => formatTimeline(timeline, options as never),
      () => timelineToMarkdown(timeline, options as never),
    ]) {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/^Options must be an object, or left out; received /);
    }
  });

  it("left out, they are the defaults", () => {
    expect(formatDiagnostics([], undefined)).toBe(formatDiagnostics([]));
    expect(timelineToMarkdown(timeline, undefined)).toBe(timelineToMarkdown(timeline));
  });
});

/** Formatters whose options have no schema name options that are not an object in an InvalidInputError (a TypeError). */
import { describe, expect, it } from "vitest";
import { formatDiagnostics, InvalidInputError } from "../../src/diagnostics/index.js";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { formatTimeline, jointSchoolSharing, scheduleBackward, timelineToMarkdown } from "../../src/timeline/index.js";

describe("options that are not an object", () => {
  const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });

  it.each([null, 5, "zh-Hant", []])("are an InvalidInputError naming them (%j), not a failure to read them", (options) => {
    for (const call of [
      () => formatDiagnostics([], options as never),
      () => formatTimeline(timeline, options as never),
      () => timelineToMarkdown(timeline, options as never),
    ]) {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(/Options must be an object, or left out; received /);
      try {
        call();
      } catch (error) {
        expect((error as InvalidInputError).diagnostics).toEqual([expect.objectContaining({ code: "diagnostics/options.not-an-object", path: [] })]);
      }
    }
  });

  it("left out, they are the defaults", () => {
    expect(formatDiagnostics([], undefined)).toBe(formatDiagnostics([]));
    expect(timelineToMarkdown(timeline, undefined)).toBe(timelineToMarkdown(timeline));
  });
});

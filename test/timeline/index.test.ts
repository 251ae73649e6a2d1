import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as timeline from "../../src/timeline/index.js";

describe("the timeline entry point", () => {
  it("exports its functions, schemas and built-in templates, also from the root", () => {
    for (const name of ["scheduleBackward", "scheduleForward", "recurringMeetings", "findClashes", "toICalendar", "formatTimeline", "timelineToMarkdown", "definePlanTemplate", "parsePlanTemplate", "parseTimeline", "stageStatus", "addOffset"]) {
      expect(typeof (timeline as Record<string, unknown>)[name], name).toBe("function");
      expect((root as Record<string, unknown>)[name], name).toBe((timeline as Record<string, unknown>)[name]);
    }
    expect(timeline.jointSchoolSharing.id).toBe("joint-school-sharing");
    expect(Object.isFrozen(timeline.peerCoachingProgramme)).toBe(true);
  });
});

import { describe, expectTypeOf, it } from "vitest";
import type { PlainDate } from "../../src/calendar/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import type { ScheduleBackwardOptions, StageStatus, Timeline, TimelineStage } from "../../src/timeline/index.js";

describe("Timeline", () => {
  it("carries the plan, the anchor day, stages with plain dates, and diagnostics", () => {
    expectTypeOf<Timeline["planId"]>().toEqualTypeOf<string>();
    expectTypeOf<Timeline["anchorDay"]>().toEqualTypeOf<PlainDate>();
    expectTypeOf<Timeline["stages"]>().toEqualTypeOf<TimelineStage[]>();
    expectTypeOf<TimelineStage["opensOn"]>().toEqualTypeOf<PlainDate>();
    expectTypeOf<TimelineStage["status"]>().toEqualTypeOf<StageStatus | undefined>();
    expectTypeOf<Timeline["diagnostics"]>().toEqualTypeOf<Diagnostic[]>();
  });

  it("takes days as strings in options, checked at run time", () => {
    expectTypeOf<{ activityDay: string; calendar: never }>().toExtend<ScheduleBackwardOptions>();
  });
});

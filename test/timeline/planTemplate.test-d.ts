import { describe, expectTypeOf, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import {
  definePlanTemplate,
  jointSchoolSharing,
  peerCoachingProgramme,
  scheduleBackward,
  scheduleForward,
  type BackwardPlanTemplate,
  type ForwardPlanTemplate,
  type PlanTemplate,
  type StageKind,
} from "../../src/timeline/index.js";

describe("plan template types", () => {
  it("types a defined template by its schedule", () => {
    const backward = definePlanTemplate({ id: "a", title: "A", schedule: "backward", stages: [{ id: "day", title: "Day", offset: {} }] });
    expectTypeOf(backward).toEqualTypeOf<BackwardPlanTemplate>();
    const forward = definePlanTemplate({ id: "b", title: "B", schedule: "forward", stages: [{ id: "p", title: "P", duration: { months: 1 } }] });
    expectTypeOf(forward).toEqualTypeOf<ForwardPlanTemplate>();
    expectTypeOf<BackwardPlanTemplate | ForwardPlanTemplate>().toEqualTypeOf<PlanTemplate>();
  });

  it("fills defaults in the output type", () => {
    expectTypeOf<BackwardPlanTemplate["stages"][number]["kind"]>().toEqualTypeOf<StageKind>();
    expectTypeOf<BackwardPlanTemplate["stages"][number]["dependsOn"]>().toEqualTypeOf<string[]>();
  });

  it("refuses a forward template where a backward one is needed, and the reverse, at compile time", () => {
    const calendar = defineSchoolCalendar({});
    // @ts-expect-error the peer coaching programme is scheduled forward
    scheduleBackward(peerCoachingProgramme, { activityDay: "2027-03-18", calendar });
    // @ts-expect-error the joint-school sharing activity is scheduled backward
    scheduleForward(jointSchoolSharing, { startDay: "2026-09-07", calendar });
  });

  it("refuses an offset on a forward stage and a duration on a backward one", () => {
    // @ts-expect-error forward stages have durations, not offsets
    definePlanTemplate({ id: "b", title: "B", schedule: "forward", stages: [{ id: "p", title: "P", offset: {} }] });
    // @ts-expect-error an unknown stage kind
    definePlanTemplate({ id: "a", title: "A", schedule: "backward", stages: [{ id: "d", title: "D", offset: {}, kind: "party" }] });
  });
});

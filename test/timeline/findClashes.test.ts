/**
 * Clashes between plans of one school. Days worked out by hand: on a
 * weekdays-only calendar, an activity on Thu 18 Mar 2027 has S7 (busy) from
 * Thu 4 Mar (T − 2 weeks) to Wed 17 Mar.
 */
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { findClashes, jointSchoolSharing, peerCoachingProgramme, scheduleBackward, scheduleForward } from "../../src/timeline/index.js";

const calendar = defineSchoolCalendar({});
const plan = (planId: string, activityDay: string, extra: { school?: string; people?: string[] } = {}) =>
  scheduleBackward(jointSchoolSharing, { activityDay, calendar, planId, ...extra });

describe("findClashes", () => {
  it("finds an activity day inside another plan's busy stage", () => {
    const diagnostics = findClashes([plan("science", "2027-03-18"), plan("maths", "2027-03-11")]);
    expect(diagnostics).toEqual([
      {
        ruleId: "timeline/activity-in-busy-stage",
        code: "timeline/activity-in-busy-stage",
        params: { day: "2027-03-11", dueOn: "2027-03-17", opensOn: "2027-03-04", otherPlan: "science", otherStage: "S7", people: "the whole staff", plan: "maths", stage: "S8" },
        severity: "warning",
        message:
          "The activity day 2027-03-11 of plan maths (S8) falls in S7 of plan science (2027-03-04 to 2027-03-17), needing the same people: the whole staff.",
        path: [1, "stages", 7],
        hint: "Move one of the days, or give the plans different people.",
      },
    ]);
  });

  it("finds two activity days on one day, once", () => {
    const diagnostics = findClashes([plan("science", "2027-03-18"), plan("maths", "2027-03-18")]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["timeline/activity-days-clash", "error", [1, "stages", 7]]]);
    expect(diagnostics[0]?.message).toBe(
      "Plans maths and science both have an activity day on 2027-03-18 (S8 and S8), needing the same people: the whole staff.",
    );
  });

  it("compares plans of the same school only", () => {
    expect(findClashes([plan("a", "2027-03-18", { school: "harbour" }), plan("b", "2027-03-18", { school: "hillside" })])).toEqual([]);
    expect(findClashes([plan("a", "2027-03-18", { school: "harbour" }), plan("b", "2027-03-18", { school: "harbour" })])).toHaveLength(1);
  });

  it("compares the people plans need; a plan without people needs everyone", () => {
    const science = plan("science", "2027-03-18", { people: ["chan", "lee"] });
    expect(findClashes([science, plan("maths", "2027-03-18", { people: ["wong"] })])).toEqual([]);
    const shared = findClashes([science, plan("maths", "2027-03-18", { people: ["wong", "lee"] })]);
    expect(shared[0]?.message).toMatch(/needing the same people: lee\.$/);
    const everyone = findClashes([science, plan("maths", "2027-03-18")]);
    expect(everyone[0]?.message).toMatch(/needing the same people: chan, lee\.$/);
  });

  it("sees coaching sessions as activity days, and leaves plain tasks alone", () => {
    // The programme's first session is Thu 18 Mar; the sharing activity's S1–S6 windows are tasks.
    const coaching = scheduleForward(peerCoachingProgramme, { startDay: "2027-03-18", calendar, planId: "coaching" });
    expect(findClashes([plan("science", "2027-03-18"), coaching]).map((d) => d.ruleId)).toEqual(["timeline/activity-days-clash"]);
    expect(findClashes([plan("science", "2027-06-18"), coaching])).toEqual([]);
  });

  it("finds nothing in one plan or none", () => {
    expect(findClashes([])).toEqual([]);
    expect(findClashes([plan("science", "2027-03-18")])).toEqual([]);
  });
});

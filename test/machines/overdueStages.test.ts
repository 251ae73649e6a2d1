import { describe, expect, it } from "vitest";
import { plainDate as d } from "../../src/calendar/index.js";
import { overdueStages, replay, sharingActivityContext, sharingActivityMachine } from "../../src/machines/index.js";
import { hongKong2026 } from "../support/calendars.js";

const context = sharingActivityContext({
  activityDay: "2027-03-18",
  calendar: hongKong2026,
  plan: { schools: [{ id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] }] },
});

describe("overdueStages", () => {
  it("lists stages due before the day that are neither done nor skipped, with calendar days late", () => {
    const result = replay(sharingActivityMachine, context, [
      { type: "complete-stage", at: "2027-01-05", stage: "S1" },
      { type: "start-stage", at: "2027-01-06", stage: "S2" },
    ]);
    if (!result.ok) throw new Error(result.refusal.message);
    // S1–S3 are due Fri 15 Jan 2027 (the last school day before S4 opens on Mon 18 Jan).
    const late = overdueStages(result.snapshot, result.snapshot.context.timeline, d("2027-01-20"));
    expect(late).toEqual([
      { id: "S2", title: "Deliberation on partnership", dueOn: "2027-01-15", status: "in-progress", daysLate: 5 },
      { id: "S3", title: "Confirmation of basic details", dueOn: "2027-01-15", status: "pending", daysLate: 5 },
    ]);
  });

  it("lists nothing on the day a stage is due, and nothing once everything is finished", () => {
    const result = replay(sharingActivityMachine, context, []);
    if (!result.ok) throw new Error("setup");
    expect(overdueStages(result.snapshot, result.snapshot.context.timeline, d("2027-01-15"))).toEqual([]);
    const skipped = replay(
      sharingActivityMachine,
      context,
      (["S1", "S2", "S3", "S4", "S5", "S6", "S7"] as const).map((stage) => ({ type: "skip-stage" as const, at: "2027-01-04", stage, reason: "Done elsewhere" })),
    );
    if (!skipped.ok) throw new Error(skipped.refusal.message);
    expect(overdueStages(skipped.snapshot, skipped.snapshot.context.timeline, d("2027-03-17")).map((s) => s.id)).toEqual([]);
    expect(overdueStages(skipped.snapshot, skipped.snapshot.context.timeline, d("2027-03-19")).map((s) => s.id)).toEqual(["S8"]);
  });

  it("names an asOf that is not a day in a TypeError instead of comparing it as text", () => {
    const snapshot = { context };
    // Compared as text, "2026-1-20" sorts after every due day, so no stage looked late.
    expect(() => overdueStages(snapshot, context.timeline, "2026-1-20" as never)).toThrow('Expected a calendar day as "YYYY-MM-DD"');
    expect(() => overdueStages(snapshot, context.timeline, Object.create(null) as never)).toThrow('Expected a calendar day as "YYYY-MM-DD"');
  });
});

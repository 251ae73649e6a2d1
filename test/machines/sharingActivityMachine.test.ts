import fc from "fast-check";
import { en } from "../../src/text/locale.js";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { definePolicy, jointSchoolSharingPolicy } from "../../src/agreement/index.js";
import { plainDate as d } from "../../src/calendar/index.js";
import {
  createSharingActivityMachine,
  initialSnapshot,
  replay,
  sharingActivityContext,
  sharingActivityMachine,
  snapshotSchema,
  transition,
  type EventOf,
  type SnapshotOf,
} from "../../src/machines/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { hongKong2026 } from "../support/calendars.js";

type SharingEvent = EventOf<typeof sharingActivityMachine>;
type SharingSnapshot = SnapshotOf<typeof sharingActivityMachine>;

const schools = [
  { id: "harbour", name: "Harbour Secondary School" },
  { id: "hill", name: "Hill Secondary School" },
];
const start = () =>
  sharingActivityContext({ activityDay: "2027-03-18", calendar: hongKong2026, plan: { schools }, planId: "harbour-hill-2027", school: "harbour" });

/** A sharing day on Thursday 18 March 2027 at a Hong Kong school, S1 to S9. */
const happyPath: SharingEvent[] = [
  { type: "start-stage", at: "2026-12-18", stage: "S1" },
  {
    type: "update-plan",
    at: "2026-12-18",
    plan: {
      schools: [
        { id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] },
        { id: "hill", name: "Hill Secondary School", representatives: [{ name: "Mr Ho" }] },
      ],
    },
  },
  { type: "complete-stage", at: "2027-01-05", stage: "S1" },
  { type: "complete-stage", at: "2027-01-08", stage: "S2" },
  { type: "update-plan", at: "2027-01-12", plan: { basicDetails: { date: d("2027-03-18"), durationMinutes: 300, participants: 80, medium: "Cantonese" } } },
  { type: "complete-stage", at: "2027-01-12", stage: "S3" },
  { type: "complete-stage", at: "2027-02-01", stage: "S4" },
  { type: "complete-stage", at: "2027-02-15", stage: "S5" },
  { type: "complete-stage", at: "2027-03-03", stage: "S6" },
  { type: "complete-stage", at: "2027-03-17", stage: "S7" },
  { type: "start-stage", at: "2027-03-18T08:00:00+08:00", stage: "S8" },
  { type: "complete-stage", at: "2027-03-18T17:00:00+08:00", stage: "S8" },
  { type: "start-stage", at: "2027-03-19", stage: "S9" },
  { type: "complete-stage", at: "2027-04-15", stage: "S9" },
];

function after(events: SharingEvent[], machine = sharingActivityMachine): SharingSnapshot {
  const result = replay(machine, start(), events);
  if (!result.ok) throw new Error(`event ${result.index}: ${result.refusal.message}`);
  return result.snapshot;
}

function refusalOf(snapshot: SharingSnapshot, event: SharingEvent) {
  const result = transition(sharingActivityMachine, snapshot, event);
  if (result.ok) throw new Error(`expected "${event.type}" to be refused`);
  return result.refusal;
}

describe("sharingActivityMachine: the happy path", () => {
  it("goes through S1 to S9 and closes", () => {
    const closed = after(happyPath);
    expect(closed.state).toBe("closed");
    expect(Object.values(closed.context.stages).map((stage) => stage.status)).toEqual(Array(9).fill("done"));
    expect(closed.context.stages.S3).toEqual({ status: "done", startedOn: "2027-01-12", endedOn: "2027-01-12" });
    expect(closed.context.stages.S8).toEqual({ status: "done", startedOn: "2027-03-18", endedOn: "2027-03-18" });
  });

  it("confirms the basic details with S3 and the content with S5", () => {
    const { plan } = after(happyPath.slice(0, 8)).context;
    expect(plan.basicDetails?.confirmedOn).toBe("2027-01-12");
    expect(plan.content?.confirmedOn).toBe("2027-02-15");
  });

  it("starts from the timeline scheduled backward, every stage pending", () => {
    const context = start();
    expect(context.timeline.stages.map((stage) => stage.id)).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"]);
    // T − 3 months is Fri 18 Dec 2026, a school day before the Christmas holidays.
    expect(context.timeline.stages[0]?.opensOn).toBe("2026-12-18");
    expect(Object.values(context.stages).every((stage) => stage.status === "pending")).toBe(true);
    expect(snapshotSchema(sharingActivityMachine).safeParse(JSON.parse(JSON.stringify(after(happyPath)))).success).toBe(true);
  });

  it("refuses to start a record on a closed activity day, naming the closure", () => {
    expect(() => sharingActivityContext({ activityDay: "2027-05-13", calendar: hongKong2026, plan: { schools } })).toThrow("Buddha's Birthday");
  });
});

describe("sharingActivityMachine: refusals", () => {
  it("refuses a stage before the one it depends on is done or skipped", () => {
    const refusal = refusalOf(initialSnapshot(sharingActivityMachine, start()), { type: "start-stage", at: "2026-12-18", stage: "S2" });
    expect(refusal.guards).toEqual(["dependenciesSatisfied"]);
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "sharing/stages-in-order", source: { document: "joint-school-sharing", clause: "S2" } }]);
    expect(refusal.message).toBe('"start-stage" is refused: S2 cannot start before S1 is done or skipped: the stages follow one another.');
  });

  it("keeps the day a stage started when it is skipped after all", () => {
    const skipped = after([...happyPath.slice(0, 1), { type: "skip-stage", at: "2027-01-05", stage: "S1", reason: "The working group continues from last year" }]);
    expect(skipped.context.stages.S1).toEqual({ status: "skipped", startedOn: "2026-12-18", endedOn: "2027-01-05", reason: "The working group continues from last year" });
  });

  it("lets a skipped stage (with a reason) count as finished for the next", () => {
    const skipped = after([{ type: "skip-stage", at: "2026-12-18", stage: "S1", reason: "The working group continues from last year" }]);
    expect(skipped.context.stages.S1).toMatchObject({ status: "skipped", reason: "The working group continues from last year" });
    expect(transition(sharingActivityMachine, skipped, { type: "start-stage", at: "2026-12-18", stage: "S2" }).ok).toBe(true);
    expect(refusalOf(initialSnapshot(sharingActivityMachine, start()), { type: "skip-stage", at: "2026-12-18", stage: "S1", reason: "" }).reason).toBe("invalid-event");
  });

  it("refuses S1 without each school's representatives (S1)", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 1)), { type: "complete-stage", at: "2027-01-05", stage: "S1" });
    expect(refusal.guards).toEqual(["planRespectsWorkflow"]);
    expect(refusal.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["sharing/representatives-appointed", "plan.schools.0.representatives"],
      ["sharing/representatives-appointed", "plan.schools.1.representatives"],
    ]);
  });

  it("refuses S3 until the basic details are all known (S3)", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 4)), { type: "complete-stage", at: "2027-01-12", stage: "S3" });
    expect(new Set(refusal.diagnostics.map((d) => d.source?.clause))).toEqual(new Set(["S3"]));
    expect(refusal.diagnostics.map((d) => d.path.at(-1))).toEqual(["date", "durationMinutes", "participants", "medium"]);
  });

  it("refuses S5 until the S3 basic details validate (validatePlan)", () => {
    const s3Skipped = after([
      ...happyPath.slice(0, 4),
      { type: "skip-stage", at: "2027-01-12", stage: "S3", reason: "Agreed informally" },
      { type: "complete-stage", at: "2027-02-01", stage: "S4" },
    ]);
    const refusal = refusalOf(s3Skipped, { type: "complete-stage", at: "2027-02-15", stage: "S5" });
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "sharing/basic-details-before-content", source: { clause: "S5" } }]);
  });

  it("refuses to complete S8 before the activity day", () => {
    const started = after([...happyPath.slice(0, 10), { type: "start-stage", at: "2027-03-17", stage: "S8" }]);
    expect(started.state).toBe("activity-day");
    const refusal = refusalOf(started, { type: "complete-stage", at: "2027-03-17T18:00:00+08:00", stage: "S8" });
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "sharing/activity-day-not-reached", source: { clause: "S8" } }]);
  });

  it("refuses a stage done twice, and S9 before the activity", () => {
    expect(refusalOf(after(happyPath.slice(0, 3)), { type: "complete-stage", at: "2027-01-06", stage: "S1" }).diagnostics[0]?.ruleId).toBe("sharing/stage-finished");
    const refusal = refusalOf(after(happyPath.slice(0, 3)), { type: "start-stage", at: "2027-01-06", stage: "S9" });
    expect(refusal.diagnostics.map((d) => d.ruleId)).toEqual(["sharing/stage-not-here"]);
  });

  it("refuses a cancellation without a reason and everything after closing", () => {
    expect(refusalOf(after(happyPath.slice(0, 3)), { type: "cancel", at: "2027-01-06", reason: "" }).diagnostics[0]?.path).toEqual(["reason"]);
    expect(refusalOf(after(happyPath), { type: "cancel", at: "2027-04-16", reason: "Too late" }).reason).toBe("final-state");
  });
});

describe("sharingActivityMachine: postponing", () => {
  it("reschedules the timeline through scheduleBackward and records the postponement", () => {
    const postponed = after([...happyPath.slice(0, 8), { type: "postpone", at: "2027-02-20", activityDay: d("2027-04-22"), reason: "Exam clash" }]);
    expect(postponed.context.activityDay).toBe("2027-04-22");
    expect(postponed.context.timeline.anchorDay).toBe("2027-04-22");
    // T + 1 month is Sat 22 May, rolled back to Fri 21 May: S9 due.
    expect(postponed.context.timeline.stages.at(-1)?.dueOn).toBe("2027-05-21");
    expect(postponed.context.timeline.planId).toBe("harbour-hill-2027");
    expect(postponed.context.plan.basicDetails?.date).toBe("2027-04-22");
    expect(postponed.context.postponements).toEqual([{ from: "2027-03-18", to: "2027-04-22", on: "2027-02-20", reason: "Exam clash" }]);
  });

  it("refuses a new activity day on a closure, naming it, or not after the day it is decided", () => {
    const prepared = after(happyPath.slice(0, 8));
    const closed = refusalOf(prepared, { type: "postpone", at: "2027-02-20", activityDay: d("2027-05-13"), reason: "Exam clash" });
    expect(closed.diagnostics[0]).toMatchObject({ ruleId: "timeline/activity-day-closed", path: ["activityDay"] });
    expect(closed.message).toContain("Buddha's Birthday");
    expect(refusalOf(prepared, { type: "postpone", at: "2027-02-20", activityDay: d("2027-02-19"), reason: "Exam clash" }).diagnostics[0]?.ruleId).toBe(
      "sharing/postpone-not-later",
    );
  });

  it("can be postponed on the activity day itself, back to preparing with S8 pending", () => {
    const onTheDay = after([...happyPath.slice(0, 11), { type: "postpone", at: "2027-03-18T07:00:00+08:00", activityDay: d("2027-04-22"), reason: "Typhoon signal 8" }]);
    expect(onTheDay.state).toBe("preparing");
    expect(onTheDay.context.stages.S8.status).toBe("pending");
  });
});

describe("createSharingActivityMachine", () => {
  it("applies the policy it is given to the plan", () => {
    const lenient = createSharingActivityMachine({
      policy: definePolicy({ extends: [jointSchoolSharingPolicy], rules: { "sharing/representatives-appointed": "off" } }),
    });
    const result = replay(lenient, start(), [
      { type: "start-stage", at: "2026-12-18", stage: "S1" },
      { type: "complete-stage", at: "2027-01-05", stage: "S1" },
    ]);
    expect(result.ok).toBe(true);
  });
});

describe("sharingActivityMachine: more refusals", () => {
  it("refuses to start a stage already in progress, in English and in Traditional Chinese", () => {
    const started = after(happyPath.slice(0, 1));
    const again: SharingEvent = { type: "start-stage", at: "2026-12-21", stage: "S1" };
    expect(refusalOf(started, again).diagnostics).toEqual([
      { ruleId: "sharing/stage-started", severity: "error", code: "machines/sharing-stage-started", params: { stage: "S1" }, message: "S1 is already in progress.", path: ["stage"] },
    ]);
    const zh = transition(sharingActivityMachine, started, again, { locale: zhHant });
    expect(!zh.ok && zh.refusal.diagnostics[0]?.message).toBe("S1已在進行中。");
  });

  it("refuses to complete a stage before the one it depends on", () => {
    const refusal = refusalOf(initialSnapshot(sharingActivityMachine, start()), { type: "complete-stage", at: "2026-12-21", stage: "S2" });
    expect(refusal.guards).toContain("dependenciesSatisfied");
    expect(refusal.diagnostics.find((d) => d.ruleId === "sharing/stages-in-order")?.message).toBe(
      "S2 cannot be completed before S1 is done or skipped: the stages follow one another.",
    );
  });

  it("refuses a postponement to the day the activity is already on", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 3)), { type: "postpone", at: "2027-01-06", activityDay: d("2027-03-18"), reason: "Exam clash" });
    expect(refusal.guards).toEqual(["newActivityDayWorks"]);
    expect(refusal.diagnostics).toEqual([
      {
        ruleId: "sharing/postpone-same-day",
        severity: "error",
        code: "machines/sharing-new-day-same",
        params: { activityDay: "2027-03-18" },
        message: "The activity is already on 2027-03-18.",
        path: ["activityDay"],
      },
    ]);
  });

  it("refuses to start a record from an invalid plan, with the plan's path", () => {
    try {
      sharingActivityContext({ activityDay: "2027-03-18", calendar: hongKong2026, plan: { schools: [{ id: "", name: "Harbour Secondary School" }] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).diagnostics.map((diagnostic) => diagnostic.path.join("."))).toEqual(["plan.schools.0.id"]);
    }
  });

  it("keeps the people of the timeline when the activity is postponed", () => {
    const context = start();
    const withPeople = { ...context, timeline: { ...context.timeline, people: ["Ms Chan", "Mr Ho"] } };
    const result = replay(sharingActivityMachine, withPeople, [{ type: "postpone", at: "2027-01-06", activityDay: d("2027-04-22"), reason: "Exam clash" }]);
    expect(result.ok && result.snapshot.context.timeline.people).toEqual(["Ms Chan", "Mr Ho"]);
    expect(result.ok && result.snapshot.context.timeline.anchorDay).toBe("2027-04-22");
  });
});

describe("sharingActivityMachine: guards and updates leave alone the events they are not about", () => {
  const context = start();
  const cancel: SharingEvent = { type: "cancel", at: "2027-01-06", reason: "Exam clash" };
  const skip: SharingEvent = { type: "skip-stage", at: "2027-01-06", stage: "S2", reason: "Same partners as last year" };
  // Every built-in machine names its guards and updates.
  const guards = sharingActivityMachine.guards!;
  const updates = sharingActivityMachine.updates!;

  it("passes events that name no stage, or skips, through the stage guards", () => {
    expect(guards.stageOpen.check(context, cancel, "preparing", en)).toEqual([]);
    expect(guards.dependenciesSatisfied.check(context, cancel, "preparing", en)).toEqual([]);
    // Skipping S2 while S1 is pending is refused, as starting or completing it is.
    expect(guards.dependenciesSatisfied.check(context, skip, "preparing", en)).toMatchObject([
      { ruleId: "sharing/stages-in-order", message: "S2 cannot be skipped before S1 is done or skipped: the stages follow one another." },
    ]);
    expect(guards.newActivityDayWorks.check(context, cancel, "preparing", en)).toEqual([]);
  });

  it("names the event when a stage guard is asked about an event that is not a stage's", () => {
    expect(guards.isActivityStage.check(context, cancel, "activity-day", en)).toEqual([
      {
        ruleId: "sharing/stage-not-here",
        severity: "error",
        code: "machines/sharing-stage-not-here",
        params: { stage: "cancel" },
        message: "cancel is not a stage of this step of the activity.",
        path: ["stage"],
      },
    ]);
  });

  it("changes nothing for an event its update is not about", () => {
    expect(updates.postpone(context, cancel)).toBe(context);
    expect(updates.recordCancellation(context, skip)).toBe(context);
  });
});

describe("sharingActivityMachine: skipping respects the order, and closed means every stage done or skipped", () => {
  const s1Started = () => after(happyPath.slice(0, 1));
  const skip = (stage: Extract<SharingEvent, { type: "skip-stage" }>["stage"], at = "2027-01-06"): SharingEvent => ({
    type: "skip-stage",
    at,
    stage,
    reason: "Same partners as last year",
  });

  it("refuses to skip a stage while a stage it depends on is in progress or pending", () => {
    const refusal = refusalOf(s1Started(), skip("S2"));
    expect(refusal.reason).toBe("guard-failed");
    expect(refusal.guards).toEqual(["dependenciesSatisfied"]);
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "sharing/stages-in-order", path: ["stage"], source: { clause: "S2" } }]);
    expect(refusal.message).toBe('"skip-stage" is refused: S2 cannot be skipped before S1 is done or skipped: the stages follow one another.');
    const pending = refusalOf(initialSnapshot(sharingActivityMachine, start()), skip("S4"));
    expect(pending.message).toBe('"skip-stage" is refused: S4 cannot be skipped before S1, S2 and S3 are done or skipped: the stages follow one another.');
    const chinese = transition(sharingActivityMachine, s1Started(), skip("S2"), { locale: zhHant });
    expect(!chinese.ok && chinese.refusal.diagnostics[0]?.message).toBe("S1完成或略過之前，不能略過S2：各階段須依次進行。");
  });

  it("cannot be hosted and closed with S1 left in progress behind skipped stages", () => {
    const events: SharingEvent[] = [
      happyPath[0] as SharingEvent,
      ...(["S2", "S3", "S4", "S5", "S6", "S7"] as const).map((stage) => skip(stage)),
      { type: "start-stage", at: "2027-03-18T08:00:00+08:00", stage: "S8" },
      { type: "complete-stage", at: "2027-03-18T17:00:00+08:00", stage: "S8" },
      skip("S9", "2027-04-15"),
    ];
    const result = replay(sharingActivityMachine, start(), events);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(1);
    expect(result.refusal.guards).toEqual(["dependenciesSatisfied"]);
    // Skipped in order, the same activity is hosted and closes.
    const inOrder = replay(sharingActivityMachine, start(), [{ ...skip("S1"), at: "2027-01-05" }, ...events.slice(1)]);
    expect(inOrder.ok && inOrder.snapshot.state).toBe("closed");
  });

  // A record kept before skipping respected the order: S1 in progress, S2 to S7 skipped.
  const leftBehind = (state: SharingSnapshot["state"], settled: readonly string[]): SharingSnapshot => {
    const snapshot = s1Started();
    const stages = { ...snapshot.context.stages };
    for (const id of settled) stages[id as keyof typeof stages] = { status: "skipped", endedOn: d("2027-01-06"), reason: "Skipped out of order" };
    return { ...snapshot, state, context: { ...snapshot.context, stages } };
  };

  it("is hosted only with every preparation stage done or skipped", () => {
    const snapshot = leftBehind("preparing", ["S2", "S3", "S4", "S5", "S6", "S7"]);
    const refusal = refusalOf(snapshot, { type: "start-stage", at: "2027-03-18T08:00:00+08:00", stage: "S8" });
    expect(refusal.message).toBe('"start-stage" is refused: S8 cannot start before S1 is done or skipped: the stages follow one another.');
    const hosting = leftBehind("activity-day", ["S2", "S3", "S4", "S5", "S6", "S7"]);
    expect(refusalOf(hosting, { type: "complete-stage", at: "2027-03-18T17:00:00+08:00", stage: "S8" }).guards).toEqual(["dependenciesSatisfied"]);
  });

  it("closes only with every stage done or skipped", () => {
    const evaluating = leftBehind("evaluating", ["S2", "S3", "S4", "S5", "S6", "S7", "S8"]);
    for (const event of [skip("S9", "2027-04-15"), { type: "complete-stage", at: "2027-04-15", stage: "S9" } as const, { type: "start-stage", at: "2027-04-15", stage: "S9" } as const]) {
      const refusal = refusalOf(evaluating, event);
      expect(refusal.guards).toEqual(["dependenciesSatisfied"]);
      expect(refusal.diagnostics[0]?.message).toMatch(/^S9 cannot .* before S1 is done or skipped/);
    }
  });

  it("never closes with a stage unfinished, whatever order stages are started and skipped in (against a reference)", () => {
    const preparation = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"] as const;
    const action = fc.record({ stage: fc.constantFrom(...preparation), type: fc.constantFrom("start-stage" as const, "skip-stage" as const) });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 14 }), (actions) => {
        // Reference: the stages form one chain, S1 to S7; a stage moves only when every earlier one is settled.
        const status = new Map<string, "pending" | "in-progress" | "settled">(preparation.map((id) => [id, "pending"]));
        for (const { stage, type } of actions) {
          const earlierSettled = preparation.slice(0, preparation.indexOf(stage)).every((id) => status.get(id) === "settled");
          const current = status.get(stage);
          if (!earlierSettled || current === "settled") continue;
          if (type === "skip-stage") status.set(stage, "settled");
          else if (current === "pending") status.set(stage, "in-progress");
        }
        const events: SharingEvent[] = [
          ...actions.map(({ stage, type }): SharingEvent => (type === "skip-stage" ? skip(stage) : { type, at: "2027-01-06", stage })),
          { type: "start-stage", at: "2027-03-18T08:00:00+08:00", stage: "S8" },
          { type: "complete-stage", at: "2027-03-18T17:00:00+08:00", stage: "S8" },
          skip("S9", "2027-04-15"),
        ];
        let snapshot = initialSnapshot(sharingActivityMachine, start());
        for (const event of events) {
          const result = transition(sharingActivityMachine, snapshot, event);
          if (result.ok) snapshot = result.snapshot;
        }
        const everySettled = preparation.every((id) => status.get(id) === "settled");
        expect(snapshot.state).toBe(everySettled ? "closed" : "preparing");
        if (snapshot.state === "closed") {
          expect(Object.values(snapshot.context.stages).every((stage) => stage.status === "done" || stage.status === "skipped")).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

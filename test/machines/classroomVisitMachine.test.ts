import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { classroomVisitPolicy, definePolicy } from "../../src/agreement/index.js";
import { plainDate as d } from "../../src/calendar/index.js";
import {
  classroomVisitMachine,
  createClassroomVisitMachine,
  initialSnapshot,
  replay,
  transition,
  type EventOf,
  type SnapshotOf,
} from "../../src/machines/index.js";
import { hongKong2026 } from "../support/calendars.js";

type VisitEvent = EventOf<typeof classroomVisitMachine>;
type VisitSnapshot = SnapshotOf<typeof classroomVisitMachine>;

const managerVisit = {
  visit: {
    id: "visit-2027-03-wong",
    observedTeacher: { id: "t-wong", name: "Mr Wong" },
    visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager" as const, seniorPromoted: true, trustedByTeacher: true }],
    proposedOn: "2027-03-01",
  },
};
const peerVisit = {
  visit: {
    observedTeacher: { id: "t-chan", name: "Ms Chan" },
    visitors: [{ id: "t-ho", name: "Mr Ho", role: "teacher" as const, seniorPromoted: false, trustedByTeacher: true }],
    proposedOn: "2027-03-01",
  },
};

/** The happy path of a manager's visit, Monday 1 March to Monday 15 March 2027. */
const happyPath: VisitEvent[] = [
  { type: "share-purpose", at: "2027-03-01T16:00:00+08:00", statement: "New S3 science scheme", sharedWith: ["t-wong", "m-lee"] },
  {
    type: "agree-focus",
    at: "2027-03-02T12:30:00+08:00",
    areas: ["practical work"],
    feedbackArrangement: "Dialogue the morning after",
    whoDoesWhat: "Mrs Lee joins one group's practical",
  },
  { type: "schedule", at: "2027-03-02T12:40:00+08:00", visitDay: d("2027-03-10"), minutes: 40, activePartOffered: true },
  { type: "record-observation", at: "2027-03-10T11:00:00+08:00", notes: "informal", minutesInClass: 40 },
  {
    type: "hold-dialogue",
    at: "2027-03-11T08:00:00+08:00",
    beganWithTeachersView: true,
    wentWell: ["Clear safety briefing"],
    improvementSteps: [
      { step: "Plan a shorter introduction", for: "observed" },
      { step: "Share the group-work rubric", for: "observer" },
    ],
  },
  { type: "plan-follow-up", at: "2027-03-12", activity: "CLPL session on practical work", plannedOn: d("2027-04-21") },
  { type: "close", at: "2027-03-15" },
];

function after(events: VisitEvent[], start = managerVisit, machine = classroomVisitMachine): VisitSnapshot {
  const result = replay(machine, start, events);
  if (!result.ok) throw new Error(`event ${result.index}: ${result.refusal.message}`);
  return result.snapshot;
}

function refusalOf(snapshot: VisitSnapshot, event: VisitEvent, machine = classroomVisitMachine) {
  const result = transition(machine, snapshot, event);
  if (result.ok) throw new Error(`expected "${event.type}" to be refused`);
  return result.refusal;
}

describe("classroomVisitMachine: the happy path", () => {
  it("goes proposed → purpose shared → focus agreed → scheduled → observed → dialogue held → closed", () => {
    const closed = after(happyPath);
    expect(closed.state).toBe("closed");
    expect(closed.history.map((entry) => entry.to)).toEqual([
      "purpose-shared",
      "focus-agreed",
      "scheduled",
      "observed",
      "dialogue-held",
      "dialogue-held",
      "closed",
    ]);
  });

  it("builds the visit record from the events, dated by their day", () => {
    const { visit } = after(happyPath).context;
    expect(visit.purpose).toEqual({ statement: "New S3 science scheme", sharedWith: ["t-wong", "m-lee"], sharedOn: "2027-03-01" });
    expect(visit.focus?.agreedOn).toBe("2027-03-02");
    expect(visit).toMatchObject({ visitDay: d("2027-03-10"), timingAgreedOn: "2027-03-02", length: { minutes: 40, agreedOn: "2027-03-02" } });
    expect(visit.dialogue?.heldOn).toBe("2027-03-11");
    expect(visit.clplFollowUp).toEqual([{ activity: "CLPL session on practical work", plannedOn: "2027-04-21" }]);
    expect(visit.closedOn).toBe("2027-03-15");
  });

  it("lets a peer visit be scheduled straight from proposed: it needs no written record beyond its date (A7)", () => {
    const scheduled = transition(classroomVisitMachine, initialSnapshot(classroomVisitMachine, peerVisit), {
      type: "schedule",
      at: "2027-03-02",
      visitDay: d("2027-03-10"),
      minutes: 30,
      activePartOffered: true,
    });
    expect(scheduled.ok && scheduled.snapshot.state).toBe("scheduled");
  });
});

describe("classroomVisitMachine: refusals in the words of the agreement", () => {
  it("refuses to schedule before focus and feedback arrangements are agreed, with the A3 diagnostic", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 1)), happyPath[2] as VisitEvent);
    expect(refusal.reason).toBe("guard-failed");
    expect(refusal.guards).toEqual(["readyToSchedule"]);
    const a3 = refusal.diagnostics.find((d) => d.ruleId === "lnct/focus-agreed-before-visit");
    expect(a3).toMatchObject({ severity: "error", source: { document: "lnct-agreement", clause: "A3" }, path: ["visit", "focus"] });
    expect(refusal.message).toContain("Focus areas and feedback arrangements were not agreed before the visit on 2027-03-10.");
  });

  it("refuses to share the purpose with only some of those involved (A1)", () => {
    const refusal = refusalOf(initialSnapshot(classroomVisitMachine, managerVisit), {
      type: "share-purpose",
      at: "2027-03-01",
      statement: "New S3 science scheme",
      sharedWith: ["m-lee"],
    });
    expect(refusal.diagnostics.map((d) => [d.ruleId, d.source?.clause])).toEqual([["lnct/purpose-shared", "A1"]]);
  });

  it("refuses a focus agreed without saying who does what (H4)", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 1)), {
      type: "agree-focus",
      at: "2027-03-02",
      areas: ["practical work"],
      feedbackArrangement: "Dialogue the morning after",
    });
    expect(refusal.diagnostics.map((d) => [d.ruleId, d.source?.clause, d.path.join(".")])).toEqual([
      ["highland/discussion-before-lesson", "H4", "visit.focus.whoDoesWhat"],
    ]);
  });

  it("refuses a reschedule agreed on the visit day itself (A2: timings agreed in advance)", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 3)), { type: "reschedule", at: "2027-03-12T08:00:00+08:00", visitDay: d("2027-03-12") });
    expect(refusal.diagnostics.map((d) => d.source?.clause)).toContain("A2");
  });

  it("accepts a reschedule agreed in advance and keeps the new day", () => {
    const moved = after([...happyPath.slice(0, 3), { type: "reschedule", at: "2027-03-05", visitDay: d("2027-03-12") }]);
    expect(moved.state).toBe("scheduled");
    expect(moved.context.visit).toMatchObject({ visitDay: d("2027-03-12"), timingAgreedOn: "2027-03-05" });
  });

  it("refuses an observation recorded before the visit day", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 3)), { type: "record-observation", at: "2027-03-09", notes: "informal" });
    expect(refusal.guards).toEqual(["onOrAfterVisitDay"]);
    expect(refusal.diagnostics[0]?.ruleId).toBe("visit/observed-before-visit-day");
  });

  it("refuses a tick-box form or grades (A5)", () => {
    const refusal = refusalOf(after(happyPath.slice(0, 3)), {
      type: "record-observation",
      at: "2027-03-10",
      notes: "tick-box",
      grades: [{ criterion: "Pace", grade: 3 }],
    });
    expect(refusal.guards).toEqual(["observationRespectsAgreement"]);
    expect(new Set(refusal.diagnostics.map((d) => d.source?.clause))).toEqual(new Set(["A5"]));
  });

  it("lets a late dialogue through with the H5 warning, or refuses it when the policy makes H5 an error", () => {
    // Wednesday 10 March to Tuesday 16 March: 4 school days; the default allows 2.
    const late: VisitEvent = { ...(happyPath[4] as VisitEvent & { type: "hold-dialogue" }), at: "2027-03-16" };
    const observed = after(happyPath.slice(0, 4));
    const allowed = transition(classroomVisitMachine, observed, late);
    expect(allowed.ok && allowed.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["highland/dialogue-soon-after-lesson", "warning"]]);

    const strict = createClassroomVisitMachine({
      policy: definePolicy({ extends: [classroomVisitPolicy], rules: { "highland/dialogue-soon-after-lesson": "error" } }),
    });
    const refusal = refusalOf(after(happyPath.slice(0, 4), managerVisit, strict), late, strict);
    expect(refusal.diagnostics.map((d) => d.source?.clause)).toEqual(["H5"]);
  });

  it("counts the school days of the calendar it is given (H5 over the Easter holidays)", () => {
    const easter = createClassroomVisitMachine({
      calendar: hongKong2026,
      policy: definePolicy({ extends: [classroomVisitPolicy], rules: { "highland/dialogue-soon-after-lesson": "error" } }),
    });
    // Lesson Wed 24 March; the Easter holidays run 25 March – 6 April; Wed 7 April is the first school day after.
    const events: VisitEvent[] = [
      ...happyPath.slice(0, 2),
      { type: "schedule", at: "2027-03-02", visitDay: d("2027-03-24"), minutes: 40, activePartOffered: true },
      { type: "record-observation", at: "2027-03-24", notes: "informal" },
    ];
    const dialogue: VisitEvent = { ...(happyPath[4] as VisitEvent & { type: "hold-dialogue" }), at: "2027-04-07" };
    expect(transition(easter, after(events, managerVisit, easter), dialogue).ok).toBe(true);
    expect(transition(classroomVisitMachine, after(events), dialogue).ok).toBe(true);
    const weekdays = createClassroomVisitMachine({
      policy: definePolicy({ extends: [classroomVisitPolicy], rules: { "highland/dialogue-soon-after-lesson": "error" } }),
    });
    expect(transition(weekdays, after(events, managerVisit, weekdays), dialogue).ok).toBe(false);
  });

  it("refuses a cancellation without a reason, and any cancellation once the lesson was visited", () => {
    const scheduled = after(happyPath.slice(0, 3));
    const blank = refusalOf(scheduled, { type: "cancel", at: "2027-03-05", reason: " " });
    expect(blank.reason).toBe("invalid-event");
    expect(blank.diagnostics).toMatchObject([{ path: ["reason"], message: "Give a reason, so that the record explains what happened." }]);
    const cancelled = transition(classroomVisitMachine, scheduled, { type: "cancel", at: "2027-03-05", reason: "Class trip" });
    expect(cancelled.ok && cancelled.snapshot.context.cancellation).toEqual({ reason: "Class trip", at: "2027-03-05" });
    expect(refusalOf(after(happyPath.slice(0, 4)), { type: "cancel", at: "2027-03-11", reason: "Too late" }).reason).toBe("not-allowed-in-state");
  });

  it("refuses every event once closed", () => {
    expect(refusalOf(after(happyPath), { type: "raise-concern", at: "2027-03-16", about: "Notes" }).reason).toBe("final-state");
  });
});

describe("classroomVisitMachine: concerns (A9)", () => {
  it("returns to where the visit was once a concern is resolved at school level", () => {
    for (const [steps, back] of [
      [3, "scheduled"],
      [4, "observed"],
      [5, "dialogue-held"],
    ] as const) {
      const raised = after([...happyPath.slice(0, steps), { type: "raise-concern", at: "2027-03-12", about: "Feedback arrangements", raisedBy: "t-wong" }]);
      expect(raised.state).toBe("concern-raised");
      const resolved = transition(classroomVisitMachine, raised, { type: "resolve-concern", at: "2027-03-13", level: "school", outcome: "Agreed" });
      expect(resolved.ok && resolved.snapshot.state).toBe(back);
      expect(resolved.ok && resolved.snapshot.context.visit.concerns?.[0]?.resolution).toEqual({ resolvedOn: "2027-03-13", level: "school", outcome: "Agreed" });
    }
  });

  it("flags a concern resolved beyond school level (A9, a warning by default; refused when the policy says error)", () => {
    const raised = after([...happyPath.slice(0, 5), { type: "raise-concern", at: "2027-03-12", about: "Feedback" }]);
    const authority: VisitEvent = { type: "resolve-concern", at: "2027-03-20", level: "education-authority" };
    const allowed = transition(classroomVisitMachine, raised, authority);
    expect(allowed.ok && allowed.diagnostics.map((d) => [d.source?.clause, d.severity])).toEqual([["A9", "warning"]]);
    const strict = createClassroomVisitMachine({
      policy: definePolicy({ extends: [classroomVisitPolicy], rules: { "lnct/concern-resolved-at-school-level": "error" } }),
    });
    expect(refusalOf(after(happyPath.slice(0, 5).concat([{ type: "raise-concern", at: "2027-03-12", about: "Feedback" }]), managerVisit, strict), authority, strict).diagnostics[0]?.source?.clause).toBe("A9");
  });
});

describe("classroomVisitMachine: the record's optional facts", () => {
  it("records a visit that relates to school improvement, agreed on the day it is scheduled", () => {
    const scheduled = after([...happyPath.slice(0, 2), { ...(happyPath[2] as VisitEvent & { type: "schedule" }), relatesToSchoolImprovement: true }]);
    expect(scheduled.context.visit).toMatchObject({ relatesToSchoolImprovement: true, schoolImprovementAgreedOn: "2027-03-02" });
    expect(after(happyPath.slice(0, 3)).context.visit).not.toHaveProperty("schoolImprovementAgreedOn");
  });

  it("records a follow-up activity with no planned day", () => {
    const held = after([...happyPath.slice(0, 5), { type: "plan-follow-up", at: "2027-03-12", activity: "Observe Mrs Lee's class in return" }]);
    expect(held.context.visit.clplFollowUp).toEqual([{ activity: "Observe Mrs Lee's class in return" }]);
  });
});

describe("classroomVisitMachine: a restored record with no open concern", () => {
  const raised = after([...happyPath.slice(0, 3), { type: "raise-concern", at: "2027-03-05", about: "Feedback arrangements" }]);
  const resolve: VisitEvent = { type: "resolve-concern", at: "2027-03-06", level: "school" };

  it("refuses to resolve a concern when none is recorded", () => {
    const { concerns: _concerns, ...visit } = raised.context.visit;
    const refusal = refusalOf({ ...raised, context: { visit } }, resolve);
    expect(refusal.guards).toEqual(["hasOpenConcern"]);
    expect(refusal.diagnostics).toEqual([
      {
        ruleId: "visit/no-open-concern",
        severity: "error",
        code: "machines/visit-no-open-concern",
        params: {},
        message: "There is no open concern to resolve.",
        path: ["visit", "concerns"],
      },
    ]);
  });

  it("refuses to resolve a concern twice, in Traditional Chinese when asked", () => {
    const resolved = transition(classroomVisitMachine, raised, resolve);
    if (!resolved.ok) throw new Error(resolved.refusal.message);
    // A snapshot kept in "concern-raised" although its concern was resolved (edited by hand, say).
    const stale = { ...raised, context: resolved.snapshot.context };
    const result = transition(classroomVisitMachine, stale, { ...resolve, at: "2027-03-07" }, { locale: zhHant });
    expect(!result.ok && result.refusal.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["visit/no-open-concern", "沒有尚待處理的關注事項。"]]);
  });
});

describe("classroomVisitMachine: updates leave alone the events they are not about", () => {
  // Every built-in machine names its updates.
  const updates = classroomVisitMachine.updates!;
  const scheduled = after(happyPath.slice(0, 3)).context;

  it("applies a cancellation to the context only through recordCancellation", () => {
    const cancel: VisitEvent = { type: "cancel", at: "2027-03-05", reason: "Class trip" };
    expect(updates.apply(scheduled, cancel).visit).toBe(scheduled.visit);
    expect(updates.recordCancellation(scheduled, happyPath[3] as VisitEvent)).toBe(scheduled);
  });
});

describe("createClassroomVisitMachine: a policy without the rules a guard asks about", () => {
  it("lets the event through: there is nothing to refuse it with", () => {
    const schedule = happyPath[2] as VisitEvent;
    expect(refusalOf(initialSnapshot(classroomVisitMachine, managerVisit), schedule).guards).toEqual(["readyToSchedule"]);
    const noRules = createClassroomVisitMachine({ policy: definePolicy({ name: "No rules" }) });
    const scheduled = transition(noRules, initialSnapshot(noRules, managerVisit), schedule);
    expect(scheduled.ok && [scheduled.snapshot.state, scheduled.diagnostics]).toEqual(["scheduled", []]);
  });
});

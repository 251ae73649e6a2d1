import { describe, expect, it } from "vitest";
import { initialSnapshot, peerCoachingMachine, replay, transition, type EventOf } from "../../src/machines/index.js";

type CoachingEvent = EventOf<typeof peerCoachingMachine>;
const context = { programme: "Peer coaching 2026/27", school: "Harbour Secondary", wowsAndWonders: [] };

const throughP4: CoachingEvent[] = [
  { type: "begin", at: "2026-09-07" },
  { type: "complete-part", at: "2026-09-07", part: "P1" },
  { type: "complete-part", at: "2026-11-06", part: "P2" },
  { type: "complete-part", at: "2026-11-09", part: "P3" },
  { type: "complete-part", at: "2027-02-08", part: "P4" },
];

function at(events: CoachingEvent[]) {
  const result = replay(peerCoachingMachine, context, events);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.snapshot;
}

describe("peerCoachingMachine", () => {
  it("walks P1 to P7 in order, with wows and wonders in Session 3", () => {
    const snapshot = at([
      ...throughP4,
      { type: "record-feedback", at: "2027-02-10T10:00:00+08:00", kind: "wow", text: "Coaches observed every teacher twice." },
      { type: "record-feedback", at: "2027-02-10T10:05:00+08:00", kind: "wonder", text: "How do we keep time for coaching in exam term?" },
      { type: "complete-part", at: "2027-02-10", part: "P5" },
      { type: "complete-part", at: "2027-05-10", part: "P6" },
      { type: "complete-part", at: "2027-05-17", part: "P7" },
    ]);
    expect(snapshot.state).toBe("completed");
    expect(snapshot.context.wowsAndWonders.map((item) => item.kind)).toEqual(["wow", "wonder"]);
    expect(snapshot.history.map((entry) => entry.to)).toEqual(["P1", "P2", "P3", "P4", "P5", "P5", "P5", "P6", "P7", "completed"]);
  });

  it("refuses a part completed out of order, citing the part", () => {
    const result = transition(peerCoachingMachine, at(throughP4.slice(0, 2)), { type: "complete-part", at: "2026-11-06", part: "P3" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ reason: "guard-failed", state: "P2", guards: ["partInOrder"] });
    expect(result.refusal.diagnostics[0]).toMatchObject({
      ruleId: "coaching/parts-in-order",
      source: { document: "peer-coaching-programme", clause: "P3" },
      path: ["part"],
    });
  });

  it("refuses to complete Session 3 without a wow and a wonder", () => {
    const onlyWow = at([...throughP4, { type: "record-feedback", at: "2027-02-10", kind: "wow", text: "Great progress." }]);
    const result = transition(peerCoachingMachine, onlyWow, { type: "complete-part", at: "2027-02-10", part: "P5" });
    expect(!result.ok && result.refusal.guards).toEqual(["wowsAndWondersRecorded"]);
    expect(!result.ok && result.refusal.diagnostics[0]).toMatchObject({
      ruleId: "coaching/wows-and-wonders",
      source: { document: "peer-coaching-programme", clause: "P5" },
    });
    expect(!result.ok && result.refusal.message).toContain("recorded so far: 1 wows, 0 wonders");
  });

  it("records wows and wonders only in Session 3", () => {
    const result = transition(peerCoachingMachine, at(throughP4.slice(0, 3)), { type: "record-feedback", at: "2026-11-07", kind: "wow", text: "Early win." });
    expect(!result.ok && result.refusal.reason).toBe("not-allowed-in-state");
  });

  it("lets a school withdraw with a reason, and then refuses everything", () => {
    const noReason = transition(peerCoachingMachine, at(throughP4.slice(0, 2)), { type: "withdraw", at: "2026-10-01", reason: "  " });
    expect(!noReason.ok && noReason.refusal.reason).toBe("invalid-event");
    expect(!noReason.ok && noReason.refusal.diagnostics[0]?.path).toEqual(["reason"]);
    const withdrawn = transition(peerCoachingMachine, at(throughP4.slice(0, 2)), { type: "withdraw", at: "2026-10-01", reason: "Staffing changes" });
    expect(withdrawn.ok && withdrawn.snapshot.context.withdrawal).toEqual({ reason: "Staffing changes", at: "2026-10-01" });
    if (!withdrawn.ok) return;
    const after = transition(peerCoachingMachine, withdrawn.snapshot, { type: "complete-part", at: "2026-10-02", part: "P2" });
    expect(!after.ok && after.refusal.reason).toBe("final-state");
  });

  it("starts enrolled", () => {
    expect(initialSnapshot(peerCoachingMachine, context).state).toBe("enrolled");
  });
});

describe("peerCoachingMachine: updates", () => {
  // Every built-in machine names its updates.
  const updates = peerCoachingMachine.updates!;
  const withdraw: CoachingEvent = { type: "withdraw", at: "2026-10-01", reason: "New headteacher" };
  const feedback: CoachingEvent = { type: "record-feedback", at: "2027-02-10", kind: "wow", text: "Coaches observed every teacher twice." };

  it("record only the event each is about, and leave the context as it was for any other", () => {
    expect(updates.recordWithdrawal(context, withdraw)).toEqual({ ...context, withdrawal: { reason: "New headteacher", at: "2026-10-01" } });
    expect(updates.recordFeedback(context, feedback).wowsAndWonders).toEqual([{ kind: "wow", text: "Coaches observed every teacher twice.", at: "2027-02-10" }]);
    expect(updates.recordFeedback(context, withdraw)).toBe(context);
    expect(updates.recordWithdrawal(context, feedback)).toBe(context);
    expect(context.wowsAndWonders).toEqual([]);
  });
});

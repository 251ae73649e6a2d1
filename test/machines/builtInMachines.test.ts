/**
 * Invariants of every built-in machine over random event sequences: the
 * snapshots always pass `snapshotSchema`, replaying the applied events
 * reproduces them, they survive a JSON round trip and keep working, and no
 * input is mutated.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../../src/calendar/index.js";
import {
  classroomVisitMachine,
  initialSnapshot,
  learningCommunityMachine,
  peerCoachingMachine,
  replay,
  sharingActivityContext,
  sharingActivityMachine,
  snapshotSchema,
  transition,
  type Machine,
} from "../../src/machines/index.js";
import { hongKong2026 } from "../support/calendars.js";

const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(plainDate(from), n));
const words = fc.constantFrom("Practical work", "Questioning", "Group work", " ");

const visitEvent = fc.oneof(
  fc.record({ type: fc.constant("share-purpose" as const), at: day("2027-03-01", 5), statement: words, sharedWith: fc.subarray(["t-wong", "m-lee"]) }),
  fc.record({ type: fc.constant("agree-focus" as const), at: day("2027-03-01", 5), areas: fc.array(words, { minLength: 1, maxLength: 2 }), feedbackArrangement: words, whoDoesWhat: words }),
  fc.record({ type: fc.constant("schedule" as const), at: day("2027-03-01", 8), visitDay: day("2027-03-05", 10), minutes: fc.integer({ min: 1, max: 90 }), activePartOffered: fc.boolean() }),
  fc.record({ type: fc.constant("reschedule" as const), at: day("2027-03-01", 8), visitDay: day("2027-03-05", 10) }),
  fc.record({ type: fc.constant("record-observation" as const), at: day("2027-03-05", 12), notes: fc.constantFrom("informal" as const, "tick-box" as const, "none" as const) }),
  fc.record({
    type: fc.constant("hold-dialogue" as const),
    at: day("2027-03-05", 14),
    beganWithTeachersView: fc.boolean(),
    wentWell: fc.array(words, { maxLength: 2 }),
    improvementSteps: fc.array(fc.record({ step: words, for: fc.constantFrom("observed" as const, "observer" as const) }), { maxLength: 4 }),
  }),
  fc.record({ type: fc.constant("raise-concern" as const), at: day("2027-03-05", 14), about: words }),
  fc.record({ type: fc.constant("resolve-concern" as const), at: day("2027-03-05", 16), level: fc.constantFrom("school" as const, "national" as const) }),
  fc.record({ type: fc.constant("close" as const), at: day("2027-03-05", 20) }),
  fc.record({ type: fc.constant("cancel" as const), at: day("2027-03-01", 10), reason: words }),
);

const stage = fc.constantFrom("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9" as const) as fc.Arbitrary<
  "S1" | "S2" | "S3" | "S4" | "S5" | "S6" | "S7" | "S8" | "S9"
>;
const sharingEvent = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant("start-stage" as const), at: day("2026-12-18", 120), stage }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant("complete-stage" as const), at: day("2026-12-18", 120), stage }) },
  fc.record({ type: fc.constant("skip-stage" as const), at: day("2026-12-18", 120), stage, reason: words }),
  fc.record({
    type: fc.constant("update-plan" as const),
    at: day("2026-12-18", 60),
    plan: fc.constant({
      schools: [{ id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] }],
      basicDetails: { date: plainDate("2027-03-18"), durationMinutes: 300, participants: 80, medium: "Cantonese" },
    }),
  }),
  fc.record({ type: fc.constant("postpone" as const), at: day("2027-01-04", 60), activityDay: day("2027-03-01", 60), reason: words }),
  fc.record({ type: fc.constant("cancel" as const), at: day("2026-12-18", 120), reason: words }),
);

const part = fc.constantFrom("P1", "P2", "P3", "P4", "P5", "P6", "P7" as const) as fc.Arbitrary<"P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7">;
const coachingEvent = fc.oneof(
  fc.record({ type: fc.constant("begin" as const), at: day("2026-09-07", 5) }),
  { weight: 6, arbitrary: fc.record({ type: fc.constant("complete-part" as const), at: day("2026-09-07", 250), part }) },
  fc.record({ type: fc.constant("record-feedback" as const), at: day("2027-02-01", 30), kind: fc.constantFrom("wow" as const, "wonder" as const), text: words }),
  fc.record({ type: fc.constant("withdraw" as const), at: day("2026-09-07", 250), reason: words }),
);

const school = fc.constantFrom("harbour", "hill", "bay");
const communityEvent = fc.oneof(
  fc.record({ type: fc.constant("appoint-coordinator" as const), at: day("2026-09-01", 10), school, name: words }),
  fc.record({ type: fc.constant("start" as const), at: day("2026-09-01", 20) }),
  fc.record({ type: fc.constant("hold-meeting" as const), at: day("2026-09-07", 200), school }),
  fc.record({ type: fc.constant("collect-media" as const), at: day("2026-09-07", 200), school, kind: fc.constant("video" as const), consentGivenBy: fc.option(words, { nil: undefined }) }),
  fc.record({ type: fc.constant("begin-year-end-sharing" as const), at: day("2027-05-01", 30) }),
  fc.record({ type: fc.constant("share-resource" as const), at: day("2027-05-01", 40), title: words, copyrightOwner: fc.option(words, { nil: undefined }) }),
  fc.record({ type: fc.constant("close" as const), at: day("2027-06-01", 30) }),
);

/** Drops `undefined` optional fields, as JSON would. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const cases: { name: string; machine: Machine; context: () => unknown; events: fc.Arbitrary<unknown> }[] = [
  {
    name: "classroomVisitMachine",
    machine: classroomVisitMachine as unknown as Machine,
    context: () => ({
      visit: {
        observedTeacher: { id: "t-wong" },
        visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: true }],
      },
    }),
    events: visitEvent.map(asJson),
  },
  {
    name: "sharingActivityMachine",
    machine: sharingActivityMachine as unknown as Machine,
    context: () => sharingActivityContext({ activityDay: "2027-03-18", calendar: hongKong2026, plan: { schools: [{ id: "harbour", name: "Harbour Secondary School" }] } }),
    events: sharingEvent.map(asJson),
  },
  {
    name: "peerCoachingMachine",
    machine: peerCoachingMachine as unknown as Machine,
    context: () => ({ programme: "Peer coaching", wowsAndWonders: [] }),
    events: coachingEvent.map(asJson),
  },
  {
    name: "learningCommunityMachine",
    machine: learningCommunityMachine as unknown as Machine,
    context: () => ({ community: { name: "Science leaders", schools: [{ id: "harbour", name: "Harbour" }, { id: "hill", name: "Hill" }] } }),
    events: communityEvent.map(asJson),
  },
];

describe.each(cases)("$name invariants", ({ machine, context, events }) => {
  const run = (list: readonly unknown[]) => {
    let snapshot = initialSnapshot(machine, context() as never);
    const applied: unknown[] = [];
    for (const event of list) {
      const result = transition(machine, snapshot, event as never);
      if (result.ok) {
        snapshot = result.snapshot;
        applied.push(event);
      }
    }
    return { snapshot, applied };
  };

  it("leaves snapshots that pass snapshotSchema, that replay reproduces, and that survive JSON", () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 25 }), (list) => {
        const { snapshot, applied } = run(list);
        const stored = JSON.parse(JSON.stringify(snapshot));
        const parsed = snapshotSchema(machine).safeParse(stored);
        expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
        const replayed = replay(machine, context() as never, applied as never[]);
        expect(replayed.ok && JSON.stringify(replayed.snapshot)).toBe(JSON.stringify(snapshot));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps working after a JSON round trip and never mutates its inputs", () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 20 }), events, (list, next) => {
        const { snapshot } = run(list);
        const restored = JSON.parse(JSON.stringify(snapshot));
        const before = JSON.stringify([snapshot, next]);
        const fromLive = transition(machine, snapshot, next as never);
        const fromStored = transition(machine, restored, next as never);
        expect(JSON.stringify(fromStored)).toBe(JSON.stringify(fromLive));
        expect(JSON.stringify([snapshot, next])).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

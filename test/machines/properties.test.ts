/**
 * Invariants of the machine core over random event sequences.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replay, snapshotSchema, transition, initialSnapshot, type EventOf, type SnapshotOf } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

type BookingEvent = EventOf<typeof bookingMachine>;

const eventArbitrary: fc.Arbitrary<BookingEvent> = fc.oneof(
  fc.record({ type: fc.constant("name-room" as const), at: fc.string(), room: fc.constantFrom("Hall", "Library", "") }),
  fc.record({ type: fc.constant("confirm" as const), at: fc.string() }),
  fc.record({ type: fc.constant("cancel" as const), at: fc.string(), reason: fc.constantFrom("", "Trip", "Exams") }),
  fc.record({ type: fc.constant("use" as const), at: fc.string() }),
);

function run(events: readonly BookingEvent[]) {
  let snapshot: SnapshotOf<typeof bookingMachine> = initialSnapshot(bookingMachine, { confirmations: 0 });
  const applied: BookingEvent[] = [];
  for (const event of events) {
    const result = transition(bookingMachine, snapshot, event);
    if (result.ok) {
      snapshot = result.snapshot;
      applied.push(event);
    }
  }
  return { snapshot, applied };
}

describe("machine invariants", () => {
  it("random event sequences always leave a snapshot that passes snapshotSchema", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 30 }), (events) => {
        expect(snapshotSchema(bookingMachine).safeParse(run(events).snapshot).success).toBe(true);
      }),
    );
  });

  it("replaying the applied events reproduces the snapshot", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 30 }), (events) => {
        const { snapshot, applied } = run(events);
        const replayed = replay(bookingMachine, { confirmations: 0 }, applied);
        expect(replayed.ok && replayed.snapshot).toEqual(snapshot);
      }),
    );
  });

  it("a snapshot survives a JSON round trip and keeps working", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 20 }), eventArbitrary, (events, next) => {
        const { snapshot } = run(events);
        const restored = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
        expect(restored).toEqual(snapshot);
        expect(transition(bookingMachine, restored, next)).toEqual(transition(bookingMachine, snapshot, next));
      }),
    );
  });

  it("no input is mutated", () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 20 }), eventArbitrary, (events, next) => {
        const { snapshot } = run(events);
        const before = JSON.stringify([snapshot, next]);
        transition(bookingMachine, snapshot, next);
        expect(JSON.stringify([snapshot, next])).toBe(before);
      }),
    );
  });
});

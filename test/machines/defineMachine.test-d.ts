import { z } from "zod";
import { describe, expectTypeOf, it } from "vitest";
import { defineMachine, initialSnapshot, transition, type EventOf, type StateOf } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

describe("machine types", () => {
  it("infers state names and the event union from the definition", () => {
    expectTypeOf<StateOf<typeof bookingMachine>>().toEqualTypeOf<"requested" | "confirmed" | "used" | "cancelled">();
    expectTypeOf<EventOf<typeof bookingMachine>["type"]>().toEqualTypeOf<"name-room" | "confirm" | "cancel" | "use">();
  });

  it("makes an unknown event type or a missing payload a compile-time error", () => {
    const snapshot = initialSnapshot(bookingMachine, { confirmations: 0 });
    // @ts-expect-error "teleport" is not an event of this machine
    transition(bookingMachine, snapshot, { type: "teleport", at: "t" });
    // @ts-expect-error name-room needs a room
    transition(bookingMachine, snapshot, { type: "name-room", at: "t" });
    transition(bookingMachine, snapshot, { type: "name-room", at: "t", room: "Hall" });
  });

  it("checks targets, guard names and accepted events against the definition", () => {
    const events = z.discriminatedUnion("type", [z.object({ type: z.literal("go"), at: z.string() })]);
    defineMachine({
      id: "typed",
      context: z.object({}),
      events,
      initial: "idle",
      states: {
        // @ts-expect-error "nowhere" is not a state
        idle: { on: { go: { target: "nowhere" } } },
      },
    });
    defineMachine({
      id: "typed",
      context: z.object({}),
      events,
      initial: "idle",
      // @ts-expect-error "fly" is not an event
      states: { idle: { on: { fly: { target: "idle" } } } },
    });
  });
});

import { z } from "zod";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { defineMachine } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

const events = z.discriminatedUnion("type", [
  z.object({ type: z.literal("go"), at: z.string() }),
  z.object({ type: z.literal("stop"), at: z.string() }),
]);

describe("defineMachine", () => {
  it("lists the states and the event types of the schema", () => {
    expect(bookingMachine.stateNames).toEqual(["requested", "confirmed", "used", "cancelled"]);
    expect(bookingMachine.eventTypes).toEqual(["name-room", "confirm", "cancel", "use"]);
    expect(Object.isFrozen(bookingMachine)).toBe(true);
  });

  it("reports every inconsistency of a definition at once, with paths", () => {
    try {
      // Untyped input, as from JavaScript: TypeScript would refuse each mistake.
      const untyped: unknown = {
        id: "broken",
        context: z.object({}),
        events,
        initial: "nowhere",
        states: {
          idle: { on: { go: { target: "moving", guards: ["missing"] }, fly: { target: "idle" } } },
          done: { final: true, on: { stop: { target: "idle" } } },
        },
      };
      defineMachine(untyped as Parameters<typeof defineMachine>[0]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const found = (error as InvalidInputError).diagnostics.map((d) => [d.ruleId, d.path.join(".")]);
      expect(found).toEqual([
        ["machine/unknown-initial-state", "initial"],
        ["machine/unknown-target", "states.idle.on.go.target"],
        ["machine/unknown-guard", "states.idle.on.go.guards"],
        ["machine/unknown-event-in-state", "states.idle.on.fly"],
        ["machine/final-state-with-transitions", "states.done.on"],
      ]);
    }
  });

  it("requires the events to be a discriminated union on type", () => {
    expect(() =>
      defineMachine({
        id: "plain",
        context: z.object({}),
        events: z.object({ type: z.string(), at: z.string() }),
        initial: "idle",
        states: { idle: {} },
      }),
    ).toThrow("discriminated union");
  });
});

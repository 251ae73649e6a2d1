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

describe("defineMachine: more inconsistencies", () => {
  it("reports a routing condition and an update that are not defined", () => {
    // Untyped input, as from JavaScript.
    const untyped: unknown = {
      id: "routes",
      context: z.object({}),
      events,
      initial: "idle",
      states: { idle: { on: { go: [{ when: "faraway", target: "idle", update: "recount" }] } } },
      guards: {},
    };
    try {
      defineMachine(untyped as Parameters<typeof defineMachine>[0]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).diagnostics.map((d) => [d.ruleId, d.path.join("."), d.message])).toEqual([
        ["machine/unknown-guard", "states.idle.on.go.0.when", expect.stringContaining('"faraway"')],
        ["machine/unknown-update", "states.idle.on.go.0.update", expect.stringContaining('"recount"')],
      ]);
    }
  });

  it("reports an event whose type is not a literal, by its index", () => {
    const loose = z.discriminatedUnion("type", [
      z.object({ type: z.literal("go"), at: z.string() }),
      z.object({ type: z.string(), at: z.string() }),
    ]);
    expect(() => defineMachine({ id: "loose", context: z.object({}), events: loose, initial: "idle", states: { idle: {} } })).toThrow(
      expect.objectContaining({ diagnostics: [expect.objectContaining({ ruleId: "machine/event-without-type", path: ["events", 1] })] }),
    );
  });

  it("takes every value of a literal with several", () => {
    const either = z.discriminatedUnion("type", [z.object({ type: z.literal(["open", "close"]), at: z.string() })]);
    expect(defineMachine({ id: "door", context: z.object({}), events: either, initial: "shut", states: { shut: {} } }).eventTypes).toEqual(["open", "close"]);
  });
});

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

describe("defineMachine: a definition of the wrong shape, as from JavaScript", () => {
  const good = { id: "lamp", context: z.object({}), events, initial: "idle", states: { idle: { on: { go: { target: "idle" } } } } };
  const problemsOf = (config: unknown): string[][] => {
    try {
      defineMachine(config as Parameters<typeof defineMachine>[0]);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return (error as InvalidInputError).diagnostics.map((d) => [d.ruleId, d.path.join("."), d.message]);
    }
    throw new Error("expected an InvalidInputError");
  };

  it.each([null, undefined, 3, "lamp", []])("refuses %j as a definition", (config) => {
    expect(problemsOf(config)).toEqual([
      ["machine/config-not-an-object", "", "A machine's definition must be an object with id, context, events, initial and states."],
    ]);
  });

  it("names each part of the wrong kind instead of throwing a TypeError", () => {
    expect(problemsOf({ id: 7, context: {}, events: undefined, initial: undefined, states: null }).map(([ruleId, path]) => [ruleId, path])).toEqual([
      ["machine/id-not-text", "id"],
      ["machine/schema-expected", "context"],
      ["machine/states-not-an-object", "states"],
      ["machine/schema-expected", "events"],
      ["machine/unknown-initial-state", "initial"],
    ]);
    expect(problemsOf({ ...good, events: { safeParse: () => ({}), options: 5 } }).map(([ruleId, path]) => [ruleId, path])).toEqual([
      ["machine/events-not-a-union", "events"],
      ["machine/unknown-event-in-state", "states.idle.on.go"],
    ]);
  });

  it("names states, transitions and guard lists of the wrong kind", () => {
    const found = problemsOf({
      ...good,
      states: {
        idle: { on: { go: [null, { target: 5, guards: "ready", when: "toString", update: "constructor" }], stop: 3 } },
        off: null,
        stuck: { on: "go" },
      },
    });
    expect(found.map(([ruleId, path]) => [ruleId, path])).toEqual([
      ["machine/transition-not-an-object", "states.idle.on.go.0"],
      ["machine/unknown-target", "states.idle.on.go.1.target"],
      ["machine/guards-not-a-list", "states.idle.on.go.1.guards"],
      ["machine/unknown-guard", "states.idle.on.go.1.when"],
      ["machine/unknown-update", "states.idle.on.go.1.update"],
      ["machine/transition-not-an-object", "states.idle.on.stop"],
      ["machine/state-not-an-object", "states.off"],
      ["machine/state-on-not-an-object", "states.stuck.on"],
    ]);
    expect(found[0]?.[2]).toBe('In state "idle", event "go" must lead to a transition (an object) or a list of them.');
    expect(found[2]?.[2]).toBe('In state "idle", the guards of event "go" must be a list of guard names.');
  });
});

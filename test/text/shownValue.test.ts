import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineMachine, transition } from "../../src/machines/index.js";
import { shownValue } from "../../src/text/shownValue.js";

describe("shownValue", () => {
  it("writes text, numbers and the like as String() does, and describes anything String() cannot convert", () => {
    expect([ "a", 1.5, true, 10n, undefined, null].map(shownValue)).toEqual(["a", "1.5", "true", "10", "undefined", "null"]);
    expect([Object.create(null), {}, [1], Symbol("s"), () => 1].map(shownValue)).toEqual(["an object", "an object", "a list", "a symbol", "a function"]);
  });

  it("lets machines name values without a prototype instead of throwing a TypeError", () => {
    const lamp = {
      id: "lamp",
      context: z.object({}),
      events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
      initial: "off",
      states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
    };
    expect(() => defineMachine({ ...lamp, initial: Object.create(null) } as never)).toThrow('The initial state "an object" is not one of the machine\'s states.');
    const machine = defineMachine(lamp as never);
    const result = transition(machine as never, { machine: Object.create(null), state: Object.create(null), context: {}, history: [] } as never, { type: "toggle", at: "2027-03-18" } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.reason).toBe("invalid-snapshot");
  });
});

import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { z } from "zod";
import { defineMachine, initialSnapshot, toMermaid, transition } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

const start = initialSnapshot(bookingMachine, { confirmations: 0 });

describe("transition", () => {
  it("moves to the target, applies the update and records the event", () => {
    const named = transition(bookingMachine, start, { type: "name-room", at: "2027-03-01T09:00:00Z", room: "Library" });
    expect(named.ok).toBe(true);
    if (!named.ok) return;
    expect(named.snapshot.state).toBe("requested");
    expect(named.snapshot.context.room).toBe("Library");
    const confirmed = transition(bookingMachine, named.snapshot, { type: "confirm", at: "2027-03-01T10:00:00Z" });
    expect(confirmed.ok && confirmed.snapshot.state).toBe("confirmed");
    if (!confirmed.ok) return;
    expect(confirmed.snapshot.context.confirmations).toBe(1);
    expect(confirmed.snapshot.history.map((entry) => [entry.event.type, entry.event.at, entry.from, entry.to])).toEqual([
      ["name-room", "2027-03-01T09:00:00Z", "requested", "requested"],
      ["confirm", "2027-03-01T10:00:00Z", "requested", "confirmed"],
    ]);
  });

  it("refuses an event the state does not accept and lists what it does accept", () => {
    const result = transition(bookingMachine, start, { type: "use", at: "2027-03-01T09:00:00Z" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ event: "use", state: "requested", reason: "not-allowed-in-state", guards: [] });
    expect(result.refusal.allowedEvents).toEqual(["name-room", "confirm", "cancel"]);
    expect(result.refusal.message).toBe('"use" is not possible in state "requested"; possible now: name-room, confirm and cancel.');
    expect(result.refusal.diagnostics[0]?.ruleId).toBe("machine/not-allowed-in-state");
  });

  it("refuses when a guard fails, with the guard's name and diagnostics", () => {
    const result = transition(bookingMachine, start, { type: "confirm", at: "2027-03-01T09:00:00Z" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.reason).toBe("guard-failed");
    expect(result.refusal.guards).toEqual(["roomNamed"]);
    expect(result.refusal.diagnostics).toEqual([
      { ruleId: "booking/room-named", severity: "error", code: "booking/room-named", params: {}, message: "Name a room first.", path: ["room"] },
    ]);
    expect(result.refusal.message).toBe('"confirm" is refused: Name a room first.');
  });

  it("lets warnings through and returns them with the new snapshot", () => {
    const named = transition(bookingMachine, start, { type: "name-room", at: "t1", room: "Hall" });
    const confirmed = named.ok ? transition(bookingMachine, named.snapshot, { type: "confirm", at: "t2" }) : named;
    const cancelled = confirmed.ok ? transition(bookingMachine, confirmed.snapshot, { type: "cancel", at: "t3", reason: "Trip" }) : confirmed;
    expect(cancelled.ok).toBe(true);
    if (!cancelled.ok) return;
    expect(cancelled.snapshot.state).toBe("cancelled");
    expect(cancelled.diagnostics.map((d) => d.ruleId)).toEqual(["booking/late"]);
  });

  it("refuses everything in a final state", () => {
    const cancelled = transition(bookingMachine, start, { type: "cancel", at: "t1", reason: "No longer needed" });
    expect(cancelled.ok).toBe(true);
    if (!cancelled.ok) return;
    const result = transition(bookingMachine, cancelled.snapshot, { type: "confirm", at: "t2" });
    expect(!result.ok && result.refusal.reason).toBe("final-state");
    expect(!result.ok && result.refusal.allowedEvents).toEqual([]);
  });

  it("refuses an event that does not fit its schema, with the problems and their paths", () => {
    const result = transition(bookingMachine, start, { type: "name-room", at: "t1", room: 7 } as never);
    expect(!result.ok && result.refusal.reason).toBe("invalid-event");
    expect(!result.ok && result.refusal.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema/invalid-type", ["room"]]]);
    expect(!result.ok && result.refusal.message).toMatch(/^"name-room" is refused: the event is not valid \(room: /);
  });

  it("refuses an unknown event type from untyped code", () => {
    const result = transition(bookingMachine, start, { type: "teleport", at: "t1" } as never);
    expect(!result.ok && result.refusal.reason).toBe("unknown-event");
  });

  it("never mutates the machine, the snapshot or the event", () => {
    const event = { type: "name-room" as const, at: "t1", room: "Lab 2" };
    const before = JSON.stringify([start, event]);
    const result = transition(bookingMachine, start, event);
    expect(JSON.stringify([start, event])).toBe(before);
    expect(result.ok && result.snapshot).not.toBe(start);
  });
});

describe("transition with routing conditions (when)", () => {
  const runner = defineMachine({
    id: "stage-runner",
    context: z.object({ ready: z.boolean() }),
    events: z.discriminatedUnion("type", [z.object({ type: z.literal("finish"), at: z.string(), stage: z.string() })]),
    initial: "running",
    states: {
      running: {
        on: {
          finish: [
            { when: "isLast", target: "done", guards: ["ready"] },
            { when: "isKnown", guards: ["ready"] },
          ],
        },
      },
      done: { final: true },
    },
    guards: {
      isLast: {
        description: "the stage is the last",
        check: (_c, e) => (e.stage === "S9" ? [] : [{ ruleId: "runner/not-last", severity: "error", code: "runner/not-last", params: {}, message: "Not the last stage.", path: ["stage"] }]),
      },
      isKnown: {
        description: "the stage is known",
        check: (_c, e) => (/^S[1-8]$/.test(e.stage) ? [] : [{ ruleId: "runner/unknown", severity: "error", code: "runner/unknown", params: {}, message: `No stage ${e.stage}.`, path: ["stage"] }]),
      },
      ready: {
        description: "the runner is ready",
        check: (c) => (c.ready ? [] : [{ ruleId: "runner/not-ready", severity: "error", code: "runner/not-ready", params: {}, message: "Not ready.", path: [] }]),
      },
    },
  });

  it("routes one event to the transition whose condition holds", () => {
    const start = initialSnapshot(runner, { ready: true });
    expect(transition(runner, start, { type: "finish", at: "t", stage: "S4" }).ok && "stayed").toBe("stayed");
    const last = transition(runner, start, { type: "finish", at: "t", stage: "S9" });
    expect(last.ok && last.snapshot.state).toBe("done");
  });

  it("reports only the reasons of the transition that applies", () => {
    const result = transition(runner, initialSnapshot(runner, { ready: false }), { type: "finish", at: "t", stage: "S4" });
    expect(!result.ok && result.refusal.diagnostics.map((d) => d.ruleId)).toEqual(["runner/not-ready"]);
    expect(!result.ok && result.refusal.guards).toEqual(["ready"]);
  });

  it("reports the routing conditions when no transition applies", () => {
    const result = transition(runner, initialSnapshot(runner, { ready: true }), { type: "finish", at: "t", stage: "X" });
    expect(!result.ok && result.refusal.diagnostics.map((d) => d.ruleId)).toEqual(["runner/not-last", "runner/unknown"]);
  });

  it("draws routing conditions in the diagram", () => {
    expect(toMermaid(runner)).toContain("running --> done: finish [when isLast, ready]");
  });
});

describe("transition: a machine with no guards, and a state that accepts nothing", () => {
  const lamp = defineMachine({
    id: "lamp",
    context: z.object({ switches: z.number() }),
    events: z.discriminatedUnion("type", [
      z.object({ type: z.literal("toggle"), at: z.string() }),
      z.object({ type: z.literal("unplug"), at: z.string() }),
    ]),
    initial: "off",
    states: {
      off: { on: { toggle: { target: "on", update: "count" }, unplug: { target: "unplugged" } } },
      on: { on: { toggle: { target: "off", update: "count" } } },
      // Not final: plugging back in is not modelled yet.
      unplugged: { description: "Waiting to be plugged in again." },
    },
    updates: { count: (context) => ({ switches: context.switches + 1 }) },
  });

  it("takes the transition when there is no guard to pass", () => {
    const on = transition(lamp, initialSnapshot(lamp, { switches: 0 }), { type: "toggle", at: "2027-03-18T08:00:00Z" });
    expect(on.ok && [on.snapshot.state, on.snapshot.context.switches, on.diagnostics]).toEqual(["on", 1, []]);
  });

  it("says that nothing is possible in a state with no transitions, in English and in Traditional Chinese", () => {
    const unplugged = transition(lamp, initialSnapshot(lamp, { switches: 0 }), { type: "unplug", at: "2027-03-18T08:00:00Z" });
    if (!unplugged.ok) throw new Error(unplugged.refusal.message);
    const toggle = { type: "toggle", at: "2027-03-18T08:05:00Z" } as const;
    const refused = transition(lamp, unplugged.snapshot, toggle);
    expect(!refused.ok && refused.refusal).toMatchObject({
      reason: "not-allowed-in-state",
      message: '"toggle" is not possible in state "unplugged".',
      allowedEvents: [],
    });
    const zh = transition(lamp, unplugged.snapshot, toggle, { locale: zhHant });
    expect(!zh.ok && zh.refusal.message).toBe("在狀態「unplugged」下不能執行「toggle」。");
  });
});

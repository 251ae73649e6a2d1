/**
 * transition, replay and availableEvents take data from JavaScript and from
 * storage: whatever they are given, they answer with a result (a refusal that
 * says what is wrong), never a throw.
 */
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { availableEvents, initialSnapshot, replay, transition, type Refusal } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

const start = initialSnapshot(bookingMachine, { confirmations: 0 });
const notEvents: unknown[] = [{}, null, undefined, 42, "confirm", [], ["confirm"], { type: 7, at: "t1" }, { type: null }, { at: "t1" }];

function refusalOf(result: { ok: true } | { ok: false; refusal: Refusal }): Refusal {
  if (result.ok) throw new Error("expected a refusal");
  return result.refusal;
}

describe("transition with something that is not an event", () => {
  it.each(notEvents.map((event) => [JSON.stringify(event) ?? String(event), event]))("refuses %s as invalid-event", (_label, event) => {
    const refusal = refusalOf(transition(bookingMachine, start, event as never));
    expect(refusal).toMatchObject({ event: "", state: "requested", reason: "invalid-event", guards: [] });
    expect(refusal.message).toBe('The event is refused: it is not an event (an object whose "type" names one of the events of this record).');
    expect(refusal.diagnostics).toHaveLength(1);
    expect(refusal.diagnostics[0]?.ruleId).toBe("machine/invalid-event");
    expect(refusal.allowedEvents).toEqual(["name-room", "confirm", "cancel"]);
  });

  it("points at the type of an object, and at the whole of anything else", () => {
    expect(refusalOf(transition(bookingMachine, start, {} as never)).diagnostics[0]?.path).toEqual(["type"]);
    expect(refusalOf(transition(bookingMachine, start, null as never)).diagnostics[0]?.path).toEqual([]);
  });

  it("says so in Traditional Chinese", () => {
    expect(refusalOf(transition(bookingMachine, start, {} as never, { locale: zhHant })).message).toBe(
      "未能執行事件：這不是事件（須為物件，其「type」為這項紀錄的事件名稱）。",
    );
  });

  it("still refuses an unknown type and a badly typed payload as before", () => {
    expect(refusalOf(transition(bookingMachine, start, { type: "constructor", at: "t1" } as never)).reason).toBe("unknown-event");
    const invalid = refusalOf(transition(bookingMachine, start, { type: "name-room", at: "t1" } as never));
    expect(invalid.reason).toBe("invalid-event");
    expect(invalid.message).toMatch(/^"name-room" is refused: the event is not valid \(room: /);
  });
});

describe("transition on a snapshot that is not valid", () => {
  it("says the snapshot is invalid when its state is not one of the machine's", () => {
    const refusal = refusalOf(transition(bookingMachine, { ...start, state: "archived" } as never, { type: "confirm", at: "t1" }));
    expect(refusal).toMatchObject({ event: "confirm", state: "archived", reason: "invalid-snapshot", guards: [], allowedEvents: [] });
    expect(refusal.diagnostics).toEqual([
      {
        ruleId: "machine/invalid-snapshot",
        severity: "error",
        code: "machines/snapshot-unknown-state",
        params: { state: "archived", states: "requested, confirmed, used and cancelled" },
        message: 'The state "archived" is not a state of this machine; its states are requested, confirmed, used and cancelled.',
        path: ["state"],
      },
    ]);
    expect(refusal.message).toBe(
      'The event is refused: the snapshot is not valid (state: The state "archived" is not a state of this machine; its states are requested, confirmed, used and cancelled.).',
    );
  });

  it("names every problem of a malformed snapshot, in either language", () => {
    const broken = { machine: "door", state: "toString", context: { confirmations: -1 }, history: "none" };
    const refusal = refusalOf(transition(bookingMachine, broken as never, { type: "confirm", at: "t1" }));
    expect(refusal.reason).toBe("invalid-snapshot");
    expect(refusal.state).toBe("toString");
    expect(refusal.diagnostics.map((diagnostic) => diagnostic.path.join("."))).toEqual(["machine", "state", "history", "context.confirmations"]);
    expect(refusal.diagnostics[0]?.message).toBe('This snapshot belongs to the machine "door", not "room-booking".');
    const chinese = refusalOf(transition(bookingMachine, broken as never, { type: "confirm", at: "t1" }, { locale: zhHant }));
    expect(chinese.message).toMatch(/^未能執行事件：快照無效（/);
    expect(chinese.diagnostics[2]?.message).toBe("審計紀錄（history）須為列表。");
  });

  it.each([null, undefined, 3, "requested", []])("refuses %j as a snapshot", (snapshot) => {
    const refusal = refusalOf(transition(bookingMachine, snapshot as never, { type: "confirm", at: "t1" }));
    expect(refusal).toMatchObject({ state: "", reason: "invalid-snapshot" });
    expect(refusal.diagnostics).toEqual([
      { ruleId: "machine/invalid-snapshot", severity: "error", code: "machines/snapshot-not-an-object", params: {}, message: "Expected a snapshot: an object with machine, state, context and history.", path: [] },
    ]);
  });

  it("says the snapshot is the problem even when the event is not an event", () => {
    const refusal = refusalOf(transition(bookingMachine, { ...start, state: "archived" } as never, null as never));
    expect(refusal).toMatchObject({ event: "", reason: "invalid-snapshot" });
  });
});

describe("replay of a log holding what is not an event", () => {
  it.each(notEvents.map((event) => [JSON.stringify(event) ?? String(event), event]))("refuses %s at its index", (_label, event) => {
    const result = replay(bookingMachine, { confirmations: 0 }, [{ type: "name-room", at: "t1", room: "Hall" }, event as never]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(1);
    expect(result.refusal.reason).toBe("invalid-event");
    expect(result.snapshot.context.room).toBe("Hall");
  });

  it.each([null, {}, "events", 3])("refuses a log that is not a list (%j) at index 0", (events) => {
    const result = replay(bookingMachine, { confirmations: 0 }, events as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(0);
    expect(result.refusal).toMatchObject({ event: "", reason: "invalid-event" });
    expect(result.refusal.message).toBe(`The events must be a list; this is ${events === null ? "null" : typeof events}.`);
    expect(result.snapshot).toEqual(start);
  });
});

describe("availableEvents with options and snapshots from JavaScript", () => {
  it.each([null, {}, "cancel", 3])("reports an events option that is not a list (%j) as one more refused entry", (events) => {
    const listed = availableEvents(bookingMachine, start, { at: "t1", events: events as never });
    expect(listed.map((entry) => entry.type)).toEqual(["name-room", "confirm", "cancel", "use", ""]);
    const last = listed[4];
    expect(!last?.allowed && last?.refusal.reason).toBe("invalid-event");
    expect(!last?.allowed && last?.refusal.message).toMatch(/^The events must be a list; this is /);
  });

  it("lists candidates that are not events of the machine last, refused", () => {
    const listed = availableEvents(bookingMachine, start, {
      at: "t1",
      events: [null, { type: "fly", at: "t1" }, { type: "cancel", at: "t1", reason: "Flooded" }, {}] as never,
    });
    expect(listed.map((entry) => [entry.type, entry.allowed, entry.allowed ? undefined : entry.refusal.reason])).toEqual([
      ["name-room", true, undefined],
      ["confirm", false, "guard-failed"],
      ["cancel", true, undefined],
      ["use", false, "not-allowed-in-state"],
      ["", false, "invalid-event"],
      ["fly", false, "unknown-event"],
      ["", false, "invalid-event"],
    ]);
  });

  it("takes options that are not an object as no options: without a moment, guards wait for a full event", () => {
    const listed = availableEvents(bookingMachine, start, null as never);
    expect(listed.map((entry) => [entry.type, entry.allowed && entry.requiresPayload])).toEqual([
      ["name-room", true],
      ["confirm", true],
      ["cancel", true],
      ["use", false],
    ]);
  });

  it("refuses every event with invalid-snapshot on a snapshot it cannot read", () => {
    const listed = availableEvents(bookingMachine, { ...start, state: "archived" } as never, { at: "t1" });
    expect(listed.map((entry) => [entry.type, entry.allowed ? "allowed" : entry.refusal.reason, entry.allowed ? "" : entry.refusal.event])).toEqual([
      ["name-room", "invalid-snapshot", "name-room"],
      ["confirm", "invalid-snapshot", "confirm"],
      ["cancel", "invalid-snapshot", "cancel"],
      ["use", "invalid-snapshot", "use"],
    ]);
  });
});

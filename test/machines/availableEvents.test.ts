import { describe, expect, it } from "vitest";
import { availableEvents, initialSnapshot, transition } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

const start = initialSnapshot(bookingMachine, { confirmations: 0 });

describe("availableEvents", () => {
  it("lists every event type: evaluated, refused, or needing a payload", () => {
    const listed = availableEvents(bookingMachine, start, { at: "t1" });
    expect(listed.map((entry) => [entry.type, entry.allowed])).toEqual([
      ["name-room", true],
      ["confirm", false],
      ["cancel", true],
      ["use", false],
    ]);
    const [nameRoom, confirm, cancel, use] = listed;
    // name-room and cancel carry a payload the guards may read.
    expect(nameRoom?.allowed && nameRoom.requiresPayload).toBe(true);
    expect(cancel?.allowed && cancel.requiresPayload).toBe(true);
    expect(!confirm?.allowed && confirm?.refusal.reason).toBe("guard-failed");
    expect(!use?.allowed && use?.refusal.reason).toBe("not-allowed-in-state");
  });

  it("evaluates candidate events in full, with the refusal each would get", () => {
    const listed = availableEvents(bookingMachine, start, {
      at: "t1",
      events: [
        { type: "cancel", at: "t1", reason: "" },
        { type: "cancel", at: "t1", reason: "Room flooded" },
      ],
    });
    const cancels = listed.filter((entry) => entry.type === "cancel");
    expect(cancels.map((entry) => entry.allowed)).toEqual([false, true]);
    expect(cancels[0]?.allowed === false && cancels[0].refusal.diagnostics[0]?.ruleId).toBe("booking/reason");
  });

  it("agrees with transition for payload-free events", () => {
    const named = transition(bookingMachine, start, { type: "name-room", at: "t1", room: "Hall" });
    if (!named.ok) throw new Error("setup");
    const listed = availableEvents(bookingMachine, named.snapshot, { at: "t2" });
    const confirm = listed.find((entry) => entry.type === "confirm");
    expect(confirm?.allowed).toBe(transition(bookingMachine, named.snapshot, { type: "confirm", at: "t2" }).ok);
  });
});

describe("availableEvents: events that need a payload", () => {
  it("refuses one the state does not accept without asking for its payload", () => {
    const named = transition(bookingMachine, start, { type: "name-room", at: "t1", room: "Hall" });
    const confirmed = named.ok ? transition(bookingMachine, named.snapshot, { type: "confirm", at: "t2" }) : named;
    if (!confirmed.ok) throw new Error("setup");
    const nameRoom = availableEvents(bookingMachine, confirmed.snapshot, { at: "t3" }).find((entry) => entry.type === "name-room");
    expect(nameRoom).toMatchObject({ type: "name-room", allowed: false, refusal: { reason: "not-allowed-in-state", state: "confirmed" } });
    expect(nameRoom).not.toHaveProperty("event");
  });
});

import { describe, expect, it } from "vitest";
import { replay } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

describe("replay", () => {
  it("rebuilds the snapshot from an event log", () => {
    const result = replay(bookingMachine, { confirmations: 0 }, [
      { type: "name-room", at: "t1", room: "Hall" },
      { type: "confirm", at: "t2" },
      { type: "use", at: "t3" },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.state).toBe("used");
    expect(result.snapshot.history).toHaveLength(3);
  });

  it("reports the first refused event by index, with the snapshot before it", () => {
    const result = replay(bookingMachine, { confirmations: 0 }, [
      { type: "name-room", at: "t1", room: "Hall" },
      { type: "use", at: "t2" },
      { type: "confirm", at: "t3" },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(1);
    expect(result.refusal.reason).toBe("not-allowed-in-state");
    expect(result.snapshot.history).toHaveLength(1);
  });
});

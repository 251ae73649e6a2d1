import { describe, expect, it } from "vitest";
import { diagnosticsFromZod } from "../../src/diagnostics/fromZod.js";
import { machineTemplates } from "../../src/machines/message.js";
import { en } from "../../src/text/locale.js";
import { replay, snapshotSchema, transition } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

const built = replay(bookingMachine, { confirmations: 0 }, [
  { type: "name-room", at: "t1", room: "Hall" },
  { type: "confirm", at: "t2" },
]);
const snapshot = built.ok ? built.snapshot : undefined;

describe("snapshotSchema", () => {
  it("accepts a snapshot read back from JSON, which keeps working", () => {
    const stored = JSON.parse(JSON.stringify(snapshot));
    const parsed = snapshotSchema(bookingMachine).safeParse(stored);
    expect(parsed.success).toBe(true);
    const next = transition(bookingMachine, stored, { type: "use", at: "t3" });
    expect(next.ok && next.snapshot.state).toBe("used");
  });

  it("rejects a snapshot of another machine, an unknown state, a bad context and a broken trail", () => {
    const stored = JSON.parse(JSON.stringify(snapshot));
    const cases: [unknown, string, string][] = [
      [{ ...stored, machine: "other" }, "schema/snapshot-wrong-machine", "machine"],
      [{ ...stored, state: "lost" }, "schema/invalid-value", "state"],
      [{ ...stored, context: { confirmations: -1 } }, "schema/too-small", "context.confirmations"],
      [{ ...stored, state: "requested" }, "schema/snapshot-state-mismatch", "state"],
      [{ ...stored, history: [stored.history[1], stored.history[1]] }, "schema/snapshot-broken-trail", "history.1.from"],
      [{ ...stored, history: [{ ...stored.history[1], from: "confirmed" }] }, "schema/snapshot-trail-start", "history.0.from"],
      [{ ...stored, history: [stored.history[0], { ...stored.history[1], event: { type: "fly", at: "t" } }] }, "schema/invalid-union", "history.1.event.type"],
    ];
    for (const [input, ruleId, path] of cases) {
      const parsed = snapshotSchema(bookingMachine).safeParse(input);
      expect(parsed.success).toBe(false);
      const diagnostics = diagnosticsFromZod(parsed.error?.issues ?? [], en, machineTemplates);
      expect(diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toContainEqual([ruleId, path]);
    }
  });
});

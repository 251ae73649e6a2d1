import { z } from "zod";
import { schemaLocale } from "../diagnostics/parseInput.js";
import type { Machine } from "./defineMachine.js";
import { machineMessage } from "./message.js";

/**
 * A zod schema that validates a snapshot of this machine read back from JSON:
 * the machine id, a known state, a context that fits the machine's schema, an
 * audit trail of valid events whose states connect from the initial state to
 * the current one. Use it with `safeParse` (or `parseSnapshot`-style code of
 * your own) before giving a stored snapshot to {@link transition}.
 *
 * @param machine - The machine.
 * @returns The snapshot schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, initialSnapshot, snapshotSchema } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * const stored = JSON.parse(JSON.stringify(initialSnapshot(lamp, {})));
 * snapshotSchema(lamp).safeParse(stored).success; // true
 * snapshotSchema(lamp).safeParse({ ...stored, state: "broken" }).success; // false
 * ```
 */
export function snapshotSchema<M extends Machine>(machine: M) {
  const state = z.enum(machine.stateNames as [string, ...string[]]);
  return z
    .strictObject({
      machine: z.string(),
      state,
      context: machine.context,
      history: z.array(z.strictObject({ event: machine.events, from: state, to: state })),
    })
    .check((ctx) => {
      const snapshot = ctx.value;
      const push = (message: string, path: (string | number)[], ruleId: string) =>
        ctx.issues.push({ code: "custom", input: snapshot, path, message, params: { ruleId } });
      if (snapshot.machine !== machine.id) {
        push(machineMessage(schemaLocale(), "snapshot-wrong-machine", { found: snapshot.machine, expected: machine.id }), ["machine"], "snapshot-wrong-machine");
      }
      let previous = machine.initial as string;
      snapshot.history.forEach((entry, index) => {
        if (entry.from !== previous) {
          const key = index === 0 ? "snapshot-trail-start" : "snapshot-broken-trail";
          push(machineMessage(schemaLocale(), key, { index, from: entry.from, previous, initial: previous }), ["history", index, "from"], key);
        }
        previous = entry.to;
      });
      if (snapshot.state !== previous) {
        push(machineMessage(schemaLocale(), "snapshot-state-mismatch", { state: snapshot.state, last: previous }), ["state"], "snapshot-state-mismatch");
      }
    });
}

import { z } from "zod";
import { schemaIssue } from "../text/templates.js";
import type { Machine } from "./defineMachine.js";

/**
 * A zod schema that validates a snapshot of this machine read back from JSON:
 * the machine id, a known state, a context that fits the machine's schema, an
 * audit trail of valid events whose states connect from the initial state to
 * the current one. Use it with `safeParse` (or `parseSnapshot`-style code of
 * your own) before giving a stored snapshot to {@link transition}. Its
 * own issues give message codes (such as `machines/snapshot-wrong-machine`)
 * with the values of their placeholders in `params.values`: the library's
 * functions write them as sentences in the language of the call.
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
      const push = (key: string, values: Record<string, string | number>, path: (string | number)[]) =>
        ctx.issues.push(schemaIssue(`machines/${key}`, values, { ruleId: key, path, input: snapshot }));
      if (snapshot.machine !== machine.id) {
        push("snapshot-wrong-machine", { found: snapshot.machine, expected: machine.id }, ["machine"]);
      }
      let previous = machine.initial as string;
      snapshot.history.forEach((entry, index) => {
        if (entry.from !== previous) {
          if (index === 0) push("snapshot-trail-start", { from: entry.from, initial: previous }, ["history", index, "from"]);
          else push("snapshot-broken-trail", { index, from: entry.from, previous }, ["history", index, "from"]);
        }
        previous = entry.to;
      });
      if (snapshot.state !== previous) {
        push("snapshot-state-mismatch", { state: snapshot.state, last: previous }, ["state"]);
      }
    });
}

import { diagnosticsFromZod } from "../diagnostics/fromZod.js";
import type { Result } from "../diagnostics/result.js";
import type { EventOf, Machine } from "./defineMachine.js";

/**
 * Validates an event from an untrusted source (a request body, a stored log)
 * against the machine's event schema, returning a result instead of throwing.
 *
 * @param machine - The machine.
 * @param input - Anything.
 * @returns `{ ok: true, value: event }` or `{ ok: false, diagnostics }` with paths.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, parseEvent } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * parseEvent(lamp, { type: "toggle" }).ok; // false: "at" is missing
 * ```
 */
export function parseEvent<M extends Machine>(machine: M, input: unknown): Result<EventOf<M>> {
  const parsed = machine.events.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data as EventOf<M>, diagnostics: [] }
    : { ok: false, diagnostics: diagnosticsFromZod(parsed.error.issues) };
}

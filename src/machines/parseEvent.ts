import { parseInput } from "../diagnostics/parseInput.js";
import { checkedLocale, type LocaleOptions } from "../text/locale.js";
import type { Result } from "../diagnostics/result.js";
import type { EventOf, Machine } from "./defineMachine.js";

/**
 * Validates an event from an untrusted source (a request body, a stored log)
 * against the machine's event schema, returning a result instead of throwing.
 *
 * @param machine - The machine.
 * @param input - Anything.
 * @param options - `locale`: the language of the diagnostics.
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
export function parseEvent<M extends Machine>(machine: M, input: unknown, options: LocaleOptions = {}): Result<EventOf<M>> {
  const parsed = parseInput(machine.events, input, checkedLocale(options));
  return parsed.success
    ? { ok: true, value: parsed.data as EventOf<M>, diagnostics: [] }
    : { ok: false, diagnostics: parsed.diagnostics };
}

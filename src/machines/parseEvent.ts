import { parseInput } from "../diagnostics/parseInput.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { LocaleOptions } from "../text/locale.js";
import { templatesOf } from "./message.js";
import type { Result } from "../diagnostics/result.js";
import type { EventOf, Machine } from "./defineMachine.js";

/**
 * Validates an event from an untrusted source (a request body, a stored log)
 * against the machine's event schema, returning a result instead of throwing.
 *
 * @param machine - The machine.
 * @param input - Anything.
 * @param options - `locale`: the language of the diagnostics (`en` by default, `zhHant` from `collegiate/locales/zh-Hant`, or your own).
 * @returns `{ ok: true, value: event }` or `{ ok: false, diagnostics }` with paths, each with its message `code` and `params`.
 * @throws `InvalidInputError` only when `options.locale` is not a locale.
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
  const parsed = parseInput(machine.events, input, optionsLocale(options), templatesOf(machine));
  return parsed.success
    ? { ok: true, value: parsed.data as EventOf<M>, diagnostics: [] }
    : { ok: false, diagnostics: parsed.diagnostics };
}

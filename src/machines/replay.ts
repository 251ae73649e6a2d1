import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { EventOf, Machine } from "./defineMachine.js";
import { initialSnapshot, type SnapshotOf } from "./snapshot.js";
import { transition, type Refusal } from "./transition.js";
import type { z } from "zod";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { LocaleOptions } from "../text/locale.js";
import { notAList } from "./checkInput.js";

/**
 * What {@link replay} returns: the rebuilt snapshot, or the first refused
 * event (by index in the log) with its refusal and the snapshot just before it.
 *
 * @example
 * ```ts
 * import type { ReplayResult } from "collegiate/machines";
 *
 * function report(result: ReplayResult<{ state: string }>): string {
 *   return result.ok ? `state ${result.snapshot.state}` : `event ${result.index}: ${result.refusal.message}`;
 * }
 * ```
 */
export type ReplayResult<TSnapshot> =
  | { readonly ok: true; readonly snapshot: TSnapshot; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly index: number; readonly refusal: Refusal; readonly snapshot: TSnapshot };

/**
 * Rebuilds a snapshot from a starting context and an event log, as a tool
 * does when it stores events rather than snapshots. Stops at the first
 * refused event and reports its index. Anything in the log that is not an
 * event is refused like any other event (`invalid-event`), and an `events`
 * that is not a list is refused at index 0.
 *
 * @param machine - The machine.
 * @param context - The context the log started from.
 * @param events - The applied events, oldest first.
 * @param options - `locale`: the language of the refusal (`en` by default, `zhHant` from `collegiate/locales/zh-Hant`, or your own).
 * @returns The snapshot after every event, or the first refusal.
 * @throws `InvalidInputError` when `context` does not fit the machine's
 * schema, as {@link initialSnapshot} does (there is no snapshot to replay on),
 * and when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, replay } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * const result = replay(lamp, {}, [
 *   { type: "toggle", at: "2027-03-18T08:00:00Z" },
 *   { type: "toggle", at: "2027-03-18T17:00:00Z" },
 * ]);
 * if (result.ok) result.snapshot.state; // "off"
 * ```
 */
export function replay<M extends Machine>(
  machine: M,
  context: z.input<M["context"]>,
  events: readonly EventOf<M>[],
  options: LocaleOptions = {},
): ReplayResult<SnapshotOf<M>> {
  let snapshot = initialSnapshot(machine, context, options);
  if (!Array.isArray(events)) {
    return { ok: false, index: 0, refusal: notAList(events, snapshot.state, optionsLocale(options)), snapshot };
  }
  const diagnostics: Diagnostic[] = [];
  for (const [index, event] of events.entries()) {
    const result = transition(machine, snapshot, event, options);
    if (!result.ok) return { ok: false, index, refusal: result.refusal, snapshot };
    snapshot = result.snapshot;
    diagnostics.push(...result.diagnostics);
  }
  return { ok: true, snapshot, diagnostics };
}

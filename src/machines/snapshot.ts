import type { z } from "zod";
import { parseInput } from "../diagnostics/parseInput.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { LocaleOptions } from "../text/locale.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { templatesOf } from "./message.js";
import type { ContextOf, EventOf, Machine, StateOf } from "./defineMachine.js";

/**
 * One applied event in a snapshot's audit trail: the event as it came (with
 * its `at`), the state it left and the state it led to.
 *
 * @example
 * ```ts
 * import type { AuditEntry } from "collegiate/machines";
 *
 * const entry: AuditEntry<string, { type: string; at: string }> = {
 *   event: { type: "share-purpose", at: "2027-03-01T09:30:00+08:00" },
 *   from: "proposed",
 *   to: "purpose-shared",
 * };
 * ```
 */
export interface AuditEntry<TState extends string, TEvent> {
  /** The applied event, with its `at`. */
  readonly event: TEvent;
  /** The state before the event. */
  readonly from: TState;
  /** The state after the event. */
  readonly to: TState;
}

/**
 * Where a machine stands: its state, its context, and the audit trail of
 * every applied event. Plain JSON: store it, send it, read it back with
 * {@link snapshotSchema}, and keep going.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, initialSnapshot, type SnapshotOf } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * const snapshot: SnapshotOf<typeof lamp> = initialSnapshot(lamp, {});
 * JSON.stringify(snapshot); // '{"machine":"lamp","state":"off","context":{},"history":[]}'
 * ```
 */
export interface Snapshot<TState extends string, TContext, TEvent> {
  /** The id of the machine it belongs to. */
  readonly machine: string;
  /** The current state. */
  readonly state: TState;
  /** The current context. */
  readonly context: TContext;
  /** Every applied event, oldest first. */
  readonly history: readonly AuditEntry<TState, TEvent>[];
}

/**
 * The snapshot type of a machine.
 *
 * @example
 * ```ts
 * import type { Machine, SnapshotOf } from "collegiate/machines";
 *
 * function stateOf<M extends Machine>(snapshot: SnapshotOf<M>): string {
 *   return snapshot.state;
 * }
 * ```
 */
export type SnapshotOf<M> = Snapshot<StateOf<M>, ContextOf<M>, EventOf<M>>;

/**
 * A new snapshot in the machine's initial state, with `context` validated
 * against the machine's context schema and an empty audit trail.
 *
 * @param machine - The machine.
 * @param context - Its starting context.
 * @param options - `locale`: the language of the error when the context is invalid.
 * @returns The initial snapshot.
 * @throws {@link InvalidInputError} when `context` does not fit the machine's schema, or `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, initialSnapshot } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({ room: z.string() }),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * initialSnapshot(lamp, { room: "Library" }).state; // "off"
 * ```
 */
export function initialSnapshot<M extends Machine>(
  machine: M,
  context: z.input<M["context"]>,
  options: LocaleOptions = {},
): SnapshotOf<M> {
  const locale = optionsLocale(options);
  const parsed = parseInput(machine.context, context, locale, templatesOf(machine), ["context"]);
  if (!parsed.success) throw new InvalidInputError(`"${machine.id}"`, parsed.diagnostics, locale);
  return { machine: machine.id, state: machine.initial as StateOf<M>, context: parsed.data as ContextOf<M>, history: [] };
}

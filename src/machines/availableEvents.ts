import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { Locale } from "../text/locale.js";
import type { EventOf, Machine } from "./defineMachine.js";
import type { SnapshotOf } from "./snapshot.js";
import { eventTypeOf, isRecord, notAList, snapshotRefusal } from "./checkInput.js";
import { stateRefusal, transition, type Refusal } from "./transition.js";

/**
 * Whether one event would be accepted now, and if not, the refusal it would
 * get. `requiresPayload` means the state accepts the event but its guards
 * depend on details only a real event carries: pass a candidate event in
 * `options.events` to have them evaluated.
 *
 * @example
 * ```ts
 * import type { EventAvailability } from "collegiate/machines";
 *
 * function buttonLabel(availability: EventAvailability<{ type: string; at: string }>): string {
 *   return availability.allowed ? availability.type : `${availability.type} (${availability.refusal.message})`;
 * }
 * ```
 */
export type EventAvailability<TEvent> =
  | {
      readonly type: string;
      readonly allowed: true;
      /** The candidate event evaluated, when there was one. */
      readonly event?: TEvent;
      /** True when the guards were not evaluated for want of a full event. */
      readonly requiresPayload: boolean;
      /** Warnings the guards raised. */
      readonly diagnostics: readonly Diagnostic[];
    }
  | {
      readonly type: string;
      readonly allowed: false;
      readonly event?: TEvent;
      readonly refusal: Refusal;
    };

/**
 * Options of {@link availableEvents}.
 *
 * @example
 * ```ts
 * import type { AvailableEventsOptions } from "collegiate/machines";
 *
 * const options: AvailableEventsOptions<{ type: "schedule"; at: string; day: string }> = {
 *   at: "2027-03-01T09:00:00Z",
 *   events: [{ type: "schedule", at: "2027-03-01T09:00:00Z", day: "2027-03-18" }],
 * };
 * ```
 */
export interface AvailableEventsOptions<TEvent> {
  /** The moment to ask about, used to build events that need only `type` and `at`. */
  readonly at: string;
  /** The language of the refusals: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own. */
  readonly locale?: Locale;
  /** Candidate events to evaluate in full (for events whose guards read their payload). */
  readonly events?: readonly TEvent[];
}

/**
 * Lists every event of the machine with whether it is allowed in the
 * snapshot's state, or the refusal it would get, so a tool can enable the
 * right buttons and explain the disabled ones. Events given in
 * `options.events` are evaluated in full; each other event type is evaluated
 * with `{ type, at }` when that alone is a valid event, else checked against
 * the state only (`requiresPayload: true`).
 *
 * Options from JavaScript are checked, never trusted: candidates that are
 * not events of this machine (no text `type`, or a type it does not know)
 * are listed after the machine's events, refused (`invalid-event` or
 * `unknown-event`), and an `events` that is not a list is one more refused
 * entry (`type: ""`). A snapshot that cannot be read refuses every event
 * with `invalid-snapshot`; options that are not an object are no options.
 * Nothing is thrown, except an `InvalidInputError`
 * when `locale` is not a locale.
 *
 * @param machine - The machine.
 * @param snapshot - Where it stands.
 * @param options - The moment, and candidate events.
 * @returns One entry per candidate event and per other event type, in the machine's order, then the refused candidates that are not the machine's events.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { availableEvents, defineMachine, initialSnapshot } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [
 *     z.object({ type: z.literal("toggle"), at: z.string() }),
 *     z.object({ type: z.literal("repair"), at: z.string() }),
 *   ]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * availableEvents(lamp, initialSnapshot(lamp, {}), { at: "2027-03-18T08:00:00Z" }).map((e) => [e.type, e.allowed]);
 * // [["toggle", true], ["repair", false]]
 * ```
 */
export function availableEvents<M extends Machine>(
  machine: M,
  snapshot: SnapshotOf<M>,
  options: AvailableEventsOptions<EventOf<M>>,
): EventAvailability<EventOf<M>>[] {
  const locale = optionsLocale(isRecord(options) ? options : undefined);
  const unreadable = snapshotRefusal(machine, snapshot, undefined, locale);
  if (unreadable !== undefined) return machine.eventTypes.map((type) => ({ type, allowed: false, refusal: { ...unreadable, event: type } }));
  const settings: Partial<AvailableEventsOptions<unknown>> = isRecord(options) ? options : {};
  const given: unknown = settings.events === undefined ? [] : settings.events;
  const candidates: readonly unknown[] = Array.isArray(given) ? given : [];
  const results: EventAvailability<EventOf<M>>[] = [];
  for (const type of machine.eventTypes) {
    const mine = candidates.filter((event) => eventTypeOf(event) === type);
    if (mine.length > 0) {
      for (const event of mine) results.push(evaluate(machine, snapshot, event, locale));
      continue;
    }
    const probe = machine.events.safeParse({ type, at: settings.at });
    if (probe.success) {
      results.push(evaluate(machine, snapshot, probe.data, locale));
      continue;
    }
    const refusal = stateRefusal(machine, snapshot.state, type, locale);
    results.push(
      refusal === undefined
        ? { type, allowed: true, requiresPayload: true, diagnostics: [] }
        : { type, allowed: false, refusal },
    );
  }
  // Candidates that are not events of this machine are refused, after the machine's own.
  for (const event of candidates) {
    if (!machine.eventTypes.includes(eventTypeOf(event) ?? "")) results.push(evaluate(machine, snapshot, event, locale));
  }
  if (!Array.isArray(given)) results.push({ type: "", allowed: false, refusal: notAList(given, snapshot.state, locale) });
  return results;
}

function evaluate<M extends Machine>(machine: M, snapshot: SnapshotOf<M>, candidate: unknown, locale: Locale): EventAvailability<EventOf<M>> {
  const event = candidate as EventOf<M>;
  const result = transition(machine, snapshot, event, { locale });
  const type = eventTypeOf(event) ?? "";
  return result.ok
    ? { type, allowed: true, event, requiresPayload: false, diagnostics: result.diagnostics }
    : { type, allowed: false, event, refusal: result.refusal };
}

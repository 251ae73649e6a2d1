import { match } from "ts-pattern";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseInput } from "../diagnostics/parseInput.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import { en, type Locale, type LocaleOptions } from "../text/locale.js";
import type { ContextUpdate, EventOf, Guard, Machine, StateConfig, StateOf, TransitionConfig } from "./defineMachine.js";
import { describe, eventTypeOf, snapshotRefusal, untypedEventRefusal } from "./checkInput.js";
import { machineDiagnostic, machineList, machineMessage, templatesOf } from "./message.js";
import type { SnapshotOf } from "./snapshot.js";

/**
 * Why an event was refused:
 * - `not-allowed-in-state`: the current state does not accept this event;
 * - `guard-failed`: it does, but a guard's conditions are not met (its
 *   diagnostics say which, in the words of the agreement);
 * - `final-state`: the machine has finished and accepts nothing;
 * - `unknown-event`: the event is not one of the machine's (only possible from
 *   untyped code);
 * - `invalid-event`: the event does not fit its schema (a blank reason, a day
 *   that does not exist), or is not an event at all (not an object with a
 *   text `type`: the refusal's `event` is then `""`); the diagnostics give
 *   each problem with its path;
 * - `invalid-snapshot`: the snapshot cannot be read as one of this machine
 *   (another machine's, a state the machine does not have, a context that
 *   does not fit its schema, an audit trail that is not a list), whatever
 *   the event; the diagnostics give each problem with its path.
 *
 * @example
 * ```ts
 * import type { RefusalReason } from "collegiate/machines";
 *
 * const reason: RefusalReason = "guard-failed";
 * ```
 */
export type RefusalReason =
  | "not-allowed-in-state"
  | "guard-failed"
  | "final-state"
  | "unknown-event"
  | "invalid-event"
  | "invalid-snapshot";

/**
 * An explained refusal: which event, in which state, why, and the diagnostics
 * a tool can show the person who pressed the button.
 *
 * @example
 * ```ts
 * import type { Refusal } from "collegiate/machines";
 *
 * function explain(refusal: Refusal): string {
 *   return `${refusal.event} refused in ${refusal.state}: ${refusal.message}`;
 * }
 * ```
 */
export interface Refusal {
  /** The refused event's type. */
  readonly event: string;
  /** The state the machine is in. */
  readonly state: string;
  /** Why. */
  readonly reason: RefusalReason;
  /** One sentence for a person. */
  readonly message: string;
  /** The failing guards' names (for `guard-failed`). */
  readonly guards: readonly string[];
  /** The reasons in detail: the guards' diagnostics, or one diagnostic for the other reasons. */
  readonly diagnostics: readonly Diagnostic[];
  /** The events the current state does accept. */
  readonly allowedEvents: readonly string[];
}

/**
 * What {@link transition} returns: the new snapshot (with any warnings the
 * guards raised), or the refusal and the unchanged snapshot's state.
 *
 * @example
 * ```ts
 * import type { TransitionResult } from "collegiate/machines";
 *
 * function describe(result: TransitionResult<{ state: string }>): string {
 *   return result.ok ? `now ${result.snapshot.state}` : result.refusal.message;
 * }
 * ```
 */
export type TransitionResult<TSnapshot> =
  | { readonly ok: true; readonly snapshot: TSnapshot; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly refusal: Refusal };

type AnyTransition = TransitionConfig<string, string, string>;

function isError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** @internal The transitions a state declares for an event, as a list. */
export function transitionsFor(machine: Machine, state: string, eventType: string): readonly AnyTransition[] {
  const config = (machine.states as Record<string, StateConfig<string, string, string, string>>)[state];
  const declared = (config?.on as Record<string, AnyTransition | readonly AnyTransition[]> | undefined)?.[eventType];
  if (declared === undefined) return [];
  return Array.isArray(declared) ? declared : [declared as AnyTransition];
}

/** @internal The event types a state accepts. */
export function acceptedEvents(machine: Machine, state: string): string[] {
  const config = (machine.states as Record<string, StateConfig<string, string, string, string>>)[state];
  return Object.keys(config?.on ?? {});
}

/**
 * @internal The refusal an event gets before any guard runs (final state,
 * unknown event, not accepted in this state), or `undefined` when the state
 * has transitions for it.
 */
export function stateRefusal(machine: Machine, state: string, type: string, locale: Locale = en): Refusal | undefined {
  const stateConfig = (machine.states as Record<string, StateConfig<string, string, string, string>>)[state];
  if (stateConfig?.final === true) return refuse(machine, state, type, "final-state", locale);
  if (!machine.eventTypes.includes(type)) return refuse(machine, state, type, "unknown-event", locale);
  if (transitionsFor(machine, state, type).length === 0) return refuse(machine, state, type, "not-allowed-in-state", locale);
  return undefined;
}

function refuse(
  machine: Machine,
  state: string,
  event: string,
  reason: Exclude<RefusalReason, "guard-failed" | "invalid-event" | "invalid-snapshot">,
  locale: Locale,
): Refusal {
  const allowedEvents = reason === "final-state" || reason === "unknown-event" ? [] : acceptedEvents(machine, state);
  const key = match(reason)
    .with("final-state", () => "refused-final-state" as const)
    .with("unknown-event", () => "refused-unknown-event" as const)
    .with("not-allowed-in-state", () => (allowedEvents.length > 0 ? "refused-not-allowed" as const : "refused-not-allowed-none" as const))
    .exhaustive();
  const params = { event, state, ...(key === "refused-not-allowed" ? { allowed: machineList(locale, allowedEvents) } : {}) };
  const diagnostic = machineDiagnostic(locale, key, params, { ruleId: `machine/${reason}`, path: ["type"] });
  return { event, state, reason, message: diagnostic.message, guards: [], diagnostics: [diagnostic], allowedEvents };
}

/**
 * Applies an event to a snapshot, purely: the machine, the snapshot and the
 * event are left as they were. The first of the state's transitions for the
 * event whose guards all pass is taken; its context update runs and the event
 * is appended to the audit trail. Otherwise the result is a {@link Refusal}
 * that says why, with the guards' diagnostics.
 *
 * The snapshot is checked first (from JavaScript or storage it may be
 * another machine's, or in a state the machine does not have: an
 * `invalid-snapshot` refusal says so). The event is checked against the
 * machine's event schema (TypeScript cannot tell a blank reason or an
 * impossible day from a good one; anything without a text `type` is an
 * `invalid-event`), and the parsed event is what the guards see and the
 * audit trail keeps. A refusal is returned, never thrown.
 *
 * @param machine - The machine.
 * @param snapshot - Where it stands.
 * @param event - What happened.
 * @param options - `locale`: the language of the refusal's message and diagnostics (`en` by default, `zhHant` from `collegiate/locales/zh-Hant`, or your own).
 * @returns `{ ok: true, snapshot, diagnostics }` or `{ ok: false, refusal }`.
 * @throws `InvalidInputError` only when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, initialSnapshot, transition } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [
 *     z.object({ type: z.literal("toggle"), at: z.string() }),
 *     z.object({ type: z.literal("unplug"), at: z.string() }),
 *   ]),
 *   initial: "off",
 *   states: {
 *     off: { on: { toggle: { target: "on" }, unplug: { target: "unplugged" } } },
 *     on: { on: { toggle: { target: "off" } } },
 *     unplugged: { final: true },
 *   },
 * });
 * const on = transition(lamp, initialSnapshot(lamp, {}), { type: "toggle", at: "2027-03-18T08:00:00Z" });
 * if (on.ok) {
 *   const refused = transition(lamp, on.snapshot, { type: "unplug", at: "2027-03-18T08:05:00Z" });
 *   if (!refused.ok) refused.refusal.reason; // "not-allowed-in-state"
 * }
 * ```
 */
export function transition<M extends Machine>(
  machine: M,
  snapshot: SnapshotOf<M>,
  event: EventOf<M>,
  options: LocaleOptions = {},
): TransitionResult<SnapshotOf<M>> {
  const locale = optionsLocale(options);
  const unreadable = snapshotRefusal(machine, snapshot, event, locale);
  if (unreadable !== undefined) return { ok: false, refusal: unreadable };
  const state = snapshot.state as string;
  const type = eventTypeOf(event);
  if (type === undefined) return { ok: false, refusal: untypedEventRefusal(state, event, acceptedEvents(machine, state), locale) };
  const refused = stateRefusal(machine, state, type, locale);
  if (refused !== undefined) return { ok: false, refusal: refused };
  const parsed = parseInput(machine.events, event, locale, templatesOf(machine));
  if (!parsed.success) {
    const { diagnostics } = parsed;
    const message = machineMessage(locale, "refused-invalid-event", { event: type, problems: describe(diagnostics) });
    return {
      ok: false,
      refusal: { event: type, state, reason: "invalid-event", message, guards: [], diagnostics, allowedEvents: acceptedEvents(machine, state) },
    };
  }
  event = parsed.data as EventOf<M>;
  const candidates = transitionsFor(machine, state, type);

  const guards = (machine.guards ?? {}) as Record<string, Guard<unknown, unknown>>;
  const errorsOf = (name: string) =>
    (guards[name] as Guard<unknown, unknown>).check(snapshot.context, event, state, locale);
  // Transitions whose `when` fails do not apply; if none applies, their
  // conditions are the reasons.
  const applicable = candidates.filter((candidate) => candidate.when === undefined || !isError(errorsOf(candidate.when)));
  const failed: string[] = [];
  const reasons: Diagnostic[] = [];
  if (applicable.length === 0) {
    for (const candidate of candidates) {
      failed.push(candidate.when as string);
      reasons.push(...errorsOf(candidate.when as string).filter((diagnostic) => diagnostic.severity === "error"));
    }
  }
  for (const candidate of applicable) {
    const findings: Diagnostic[] = [];
    const failing: string[] = [];
    for (const name of candidate.guards ?? []) {
      const found = errorsOf(name);
      findings.push(...found);
      if (isError(found)) failing.push(name);
    }
    if (failing.length === 0) {
      const updates = (machine.updates ?? {}) as Record<string, ContextUpdate<unknown, unknown>>;
      const context =
        candidate.update === undefined
          ? snapshot.context
          : (updates[candidate.update] as ContextUpdate<unknown, unknown>)(snapshot.context, event);
      const to = (candidate.target ?? state) as StateOf<M>;
      return {
        ok: true,
        snapshot: {
          machine: snapshot.machine,
          state: to,
          context: context as SnapshotOf<M>["context"],
          history: [...snapshot.history, { event, from: snapshot.state, to }],
        },
        diagnostics: findings,
      };
    }
    failed.push(...failing);
    reasons.push(...findings.filter((diagnostic) => diagnostic.severity === "error"));
  }
  // Two routes may fail for the same reason: say it once.
  const seen = new Set<string>();
  const unique = reasons.filter((diagnostic) => {
    const key = `${diagnostic.ruleId}\u0000${diagnostic.message}\u0000${diagnostic.path.join(".")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const message = machineMessage(locale, "refused-guard", {
    event: type,
    state,
    reasons: unique.map((diagnostic) => diagnostic.message).join(" "),
  });
  return {
    ok: false,
    refusal: {
      event: type,
      state,
      reason: "guard-failed",
      message,
      guards: [...new Set(failed)],
      diagnostics: unique,
      allowedEvents: acceptedEvents(machine, state),
    },
  };
}

import type { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import type { Locale } from "../text/locale.js";
import { isRecord } from "./checkInput.js";
import { en } from "../text/locale.js";
import { machineDiagnostic } from "./message.js";
import type { MachineMessageKey } from "./messages.js";
import { shownValue } from "../text/shownValue.js";

/**
 * What every event of a machine carries: its `type` (the discriminant) and
 * `at`, the moment it happened as the caller recorded it (an ISO 8601 date or
 * date-time). Machines never read the clock: time comes in with events.
 *
 * @example
 * ```ts
 * import type { MachineEvent } from "collegiate/machines";
 *
 * const event: MachineEvent = { type: "share-purpose", at: "2027-03-01T09:30:00+08:00" };
 * ```
 */
export interface MachineEvent {
  /** Which event this is: the discriminant of the machine's event union. */
  readonly type: string;
  /** When it happened (ISO 8601), as recorded by the caller. */
  readonly at: string;
}

/**
 * A named condition on a transition. `check` returns diagnostics explaining
 * why the transition may not happen; the guard passes when none of them has
 * `error` severity (warnings pass, and are returned with the new snapshot).
 *
 * @typeParam TContext - The machine's context.
 * @typeParam TEvent - The machine's events.
 *
 * @example
 * ```ts
 * import type { Guard } from "collegiate/machines";
 *
 * const hasReason: Guard<{ notes: string[] }, { type: "cancel"; at: string; reason: string }> = {
 *   description: "a cancellation gives a reason",
 *   check: (_context, event) =>
 *     event.reason.trim() === ""
 *       ? [{ ruleId: "visit/cancel-reason", severity: "error", code: "school/cancel-reason", params: {}, message: "Say why the visit is cancelled.", path: ["reason"] }]
 *       : [],
 * };
 * ```
 */
export interface Guard<TContext, TEvent> {
  /** What the guard requires, in a few words; shown in diagrams and refusals. */
  readonly description: string;
  /**
   * Diagnostics saying why the transition is refused; none (or no errors) to
   * allow it. `state` is the state the machine is in; `locale` the language
   * the caller asked for, to write the messages in.
   */
  check(context: TContext, event: TEvent, state: string, locale: Locale): readonly Diagnostic[];
}

/**
 * A pure function computing the context after an event. It must return a new
 * object (or the same one when nothing changes), never modify its arguments.
 *
 * @example
 * ```ts
 * import type { ContextUpdate } from "collegiate/machines";
 *
 * const recordDay: ContextUpdate<{ visitDay?: string }, { type: "schedule"; at: string; day: string }> = (context, event) => ({
 *   ...context,
 *   visitDay: event.day,
 * });
 * ```
 */
// Written as a method so that a machine with a specific context is still a
// `Machine` (method parameters are compared bivariantly).
export type ContextUpdate<TContext, TEvent> = {
  /** Returns the context after `event`. */
  update(context: TContext, event: TEvent): TContext;
}["update"];

/**
 * One way a state answers an event: where it goes (`target`; the same state
 * when omitted), the guards that must pass, and the context update to apply.
 * Guards and updates are named, so a machine stays data that can be drawn.
 *
 * @example
 * ```ts
 * import type { TransitionConfig } from "collegiate/machines";
 *
 * const schedule: TransitionConfig<"focus-agreed" | "scheduled", "focusAgreed", "recordDay"> = {
 *   target: "scheduled",
 *   guards: ["focusAgreed"],
 *   update: "recordDay",
 * };
 * ```
 */
export interface TransitionConfig<TState extends string, TGuard extends string, TUpdate extends string> {
  /** The state after the event; the same state when omitted. */
  readonly target?: TState;
  /**
   * A guard that decides whether this transition is the one that applies,
   * rather than whether it is allowed: when it fails, the next transition for
   * the event is tried and its reasons are not reported. Use it to route one
   * event to different targets (completing S8 leads elsewhere than
   * completing S4).
   */
  readonly when?: TGuard;
  /** Names of guards that must all pass, in order. */
  readonly guards?: readonly TGuard[];
  /** Name of the context update to apply. */
  readonly update?: TUpdate;
  /** Why this transition exists, for the docs. */
  readonly description?: string;
}

/**
 * A state: a description, whether it is final (no event is accepted), and the
 * events it accepts. An event may map to several transitions: those whose
 * `when` condition holds are tried in order, and the first whose guards pass
 * is taken.
 *
 * @example
 * ```ts
 * import type { StateConfig } from "collegiate/machines";
 *
 * const proposed: StateConfig<"proposed" | "cancelled", "cancel", never, never> = {
 *   description: "The visit has been proposed to the class teacher.",
 *   on: { cancel: { target: "cancelled" } },
 * };
 * ```
 */
export interface StateConfig<TState extends string, TEventType extends string, TGuard extends string, TUpdate extends string> {
  /** What being in this state means. */
  readonly description?: string;
  /** A final state accepts no event. */
  readonly final?: boolean;
  /** The events this state accepts, and where each leads. */
  readonly on?: {
    readonly [K in TEventType]?:
      | TransitionConfig<TState, TGuard, TUpdate>
      | readonly TransitionConfig<TState, TGuard, TUpdate>[];
  };
}

/**
 * The schema type a machine's events are described by: in practice a
 * `z.discriminatedUnion("type", [...])` whose options all have `type` and `at`.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import type { MachineEventSchema } from "collegiate/machines";
 *
 * const events: MachineEventSchema = z.discriminatedUnion("type", [
 *   z.object({ type: z.literal("share-purpose"), at: z.string() }),
 * ]);
 * ```
 */
export type MachineEventSchema = z.ZodType<MachineEvent>;


/**
 * What {@link defineMachine} takes: the machine as data. `context` and
 * `events` are zod schemas (the events a discriminated union on `type`), so
 * snapshots and event logs read back from JSON can be validated.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import type { MachineConfig } from "collegiate/machines";
 *
 * type Config = MachineConfig<
 *   z.ZodObject<{ count: z.ZodNumber }>,
 *   z.ZodDiscriminatedUnion<[z.ZodObject<{ type: z.ZodLiteral<"tick">; at: z.ZodString }>]>,
 *   "running",
 *   never,
 *   never
 * >;
 * ```
 */
export interface MachineConfig<
  TContextSchema extends z.ZodType,
  TEventSchema extends MachineEventSchema,
  TState extends string,
  TGuard extends string,
  TUpdate extends string,
> {
  /** Stable id, stored in snapshots. */
  readonly id: string;
  /** What the machine tracks, for the docs. */
  readonly description?: string;
  /** Schema of the machine's context (its extended state). */
  readonly context: TContextSchema;
  /** Schema of its events: `z.discriminatedUnion("type", [...])`, each with `at`. */
  readonly events: TEventSchema;
  /** The state a new snapshot starts in. */
  readonly initial: NoInfer<TState>;
  /** Every state, by name. */
  readonly states: {
    readonly [S in TState]: StateConfig<
      NoInfer<TState>,
      z.infer<TEventSchema>["type"],
      NoInfer<TGuard>,
      NoInfer<TUpdate>
    >;
  };
  /** The guards transitions name. */
  readonly guards?: { readonly [G in TGuard]: Guard<z.infer<TContextSchema>, z.infer<TEventSchema>> };
  /** The context updates transitions name. */
  readonly updates?: { readonly [U in TUpdate]: ContextUpdate<z.infer<TContextSchema>, z.infer<TEventSchema>> };
  /**
   * The English template of each message code the machine's schemas give
   * beyond the library's own (`machines/…`), such as the codes of a
   * capability whose schemas its context nests: a function from a code to
   * its template, `undefined` for a code it does not know. The sentences of
   * those codes are then written from it (or from the locale's own template).
   *
   * @example
   * ```ts
   * const templates = (code: string) => (code === "school/room-required" ? "Name the room." : undefined);
   * ```
   */
  readonly templates?: (code: string) => string | undefined;
}

/**
 * A defined machine: its configuration plus the lists derived from it. Use
 * the helper types {@link StateOf}, {@link EventOf} and {@link ContextOf}
 * to name its parts.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, type Machine } from "collegiate/machines";
 *
 * const lamp: Machine = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * lamp.stateNames; // ["off", "on"]
 * ```
 */
export interface Machine<
  TContextSchema extends z.ZodType = z.ZodType,
  TEventSchema extends MachineEventSchema = MachineEventSchema,
  TState extends string = string,
  TGuard extends string = string,
  TUpdate extends string = string,
> extends MachineConfig<TContextSchema, TEventSchema, TState, TGuard, TUpdate> {
  /** Every state name, in definition order. */
  readonly stateNames: readonly TState[];
  /** Every event type the machine knows, in schema order. */
  readonly eventTypes: readonly z.infer<TEventSchema>["type"][];
}

/**
 * The state names of a machine.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, type StateOf } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * type LampState = StateOf<typeof lamp>; // "off" | "on"
 * ```
 */
export type StateOf<M> = M extends Machine<z.ZodType, MachineEventSchema, infer S, string, string> ? S : never;

/**
 * The event union of a machine.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, type EventOf } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * const event: EventOf<typeof lamp> = { type: "toggle", at: "2027-03-18T08:00:00Z" };
 * ```
 */
export type EventOf<M> = M extends Machine<z.ZodType, infer E, string, string, string> ? z.infer<E> : never;

/**
 * The context type of a machine.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, type ContextOf } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({ switches: z.number() }),
 *   events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
 *   initial: "off",
 *   states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
 * });
 * const context: ContextOf<typeof lamp> = { switches: 0 };
 * ```
 */
export type ContextOf<M> = M extends Machine<infer C, MachineEventSchema, string, string, string> ? z.infer<C> : never;

interface UnionLike {
  readonly options?: readonly { readonly shape?: { readonly type?: { readonly values?: Set<unknown> } } }[];
}

function eventTypesOf(schema: MachineEventSchema, problems: Diagnostic[]): string[] {
  const options = (schema as unknown as UnionLike).options;
  if (!Array.isArray(options)) {
    problems.push(problem("events-not-a-union", ["events"], {}));
    return [];
  }
  return (options as NonNullable<UnionLike["options"]>).flatMap((option, index) => {
    // A zod literal lists its values (one or more); any other schema of `type` has none.
    const values = option.shape?.type?.values;
    if (values === undefined) {
      problems.push(problem("event-without-type", ["events", index], { index }));
      return [];
    }
    return [...values].map(String);
  });
}

/** Whether `value` looks like a zod schema (what `context` and `events` must be). */
const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && typeof (value as { safeParse?: unknown }).safeParse === "function";

/** Whether `name` is a name defined in `named` (its own property, not one every object inherits). */
const isDefined = (named: Record<string, unknown>, name: unknown): boolean => typeof name === "string" && Object.hasOwn(named, name);

// A machine's definition is code: its mistakes are reported in English, as other programming errors are.
function problem(key: MachineMessageKey, path: (string | number)[], params: Record<string, string | number>): Diagnostic {
  return machineDiagnostic(en, key, params, { ruleId: `machine/${key}`, path });
}

/**
 * Defines a state machine as data: states, events with typed payloads (a zod
 * discriminated union), transitions with named guards and context updates,
 * and final states. The definition is checked: the initial state and every
 * target must exist, every named guard and update must be defined, every
 * event a state accepts must be one of the machine's events, and final states
 * accept no event. Problems are thrown together in one
 * {@link InvalidInputError}, including, from JavaScript, parts of the wrong
 * kind (a definition or a state that is not an object, a schema that is not
 * one, guards that are not a list): nothing else is thrown.
 *
 * Transitions are pure ({@link transition}), snapshots are plain JSON
 * ({@link snapshotSchema}), and the diagram comes from the same definition
 * ({@link toMermaid}).
 *
 * @param config - The machine.
 * @returns The machine, frozen, with its state names and event types listed.
 * @throws {@link InvalidInputError} when the definition is inconsistent.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, initialSnapshot, transition } from "collegiate/machines";
 *
 * const door = defineMachine({
 *   id: "door",
 *   context: z.object({ openings: z.number() }),
 *   events: z.discriminatedUnion("type", [
 *     z.object({ type: z.literal("open"), at: z.string() }),
 *     z.object({ type: z.literal("close"), at: z.string() }),
 *   ]),
 *   initial: "closed",
 *   states: {
 *     closed: { on: { open: { target: "open", update: "count" } } },
 *     open: { on: { close: { target: "closed" } } },
 *   },
 *   updates: { count: (context) => ({ openings: context.openings + 1 }) },
 * });
 * const result = transition(door, initialSnapshot(door, { openings: 0 }), { type: "open", at: "2027-03-18" });
 * if (result.ok) result.snapshot.state; // "open"
 * ```
 */
export function defineMachine<
  TContextSchema extends z.ZodType,
  TEventSchema extends MachineEventSchema,
  TState extends string,
  TGuard extends string = never,
  TUpdate extends string = never,
>(
  config: MachineConfig<TContextSchema, TEventSchema, TState, TGuard, TUpdate>,
): Machine<TContextSchema, TEventSchema, TState, TGuard, TUpdate> {
  const problems: Diagnostic[] = [];
  // From JavaScript, any part of the definition may be of the wrong kind: each is reported, never read blindly.
  if (!isRecord(config)) throw new InvalidInputError("machine", [problem("config-not-an-object", [], {})]);
  if (typeof config.id !== "string") problems.push(problem("id-not-text", ["id"], {}));
  if (!isSchema(config.context)) problems.push(problem("schema-expected", ["context"], { part: "context" }));
  const statesGiven: unknown = config.states;
  if (!isRecord(statesGiven)) problems.push(problem("states-not-an-object", ["states"], {}));
  const stateNames = (isRecord(statesGiven) ? Object.keys(statesGiven) : []) as TState[];
  const states = new Set<string>(stateNames);
  const eventTypes = isSchema(config.events) ? eventTypesOf(config.events, problems) : [];
  if (!isSchema(config.events)) problems.push(problem("schema-expected", ["events"], { part: "events" }));
  const events = new Set(eventTypes);
  const guards = (isRecord(config.guards) ? config.guards : {}) as Record<string, unknown>;
  const updates = (isRecord(config.updates) ? config.updates : {}) as Record<string, unknown>;
  if (config.templates !== undefined && typeof config.templates !== "function") problems.push(problem("templates-not-a-function", ["templates"], {}));
  if (typeof config.initial !== "string" || !states.has(config.initial)) {
    problems.push(problem("unknown-initial-state", ["initial"], { state: shownValue(config.initial) }));
  }
  for (const name of stateNames) {
    const state: unknown = config.states[name];
    if (!isRecord(state)) {
      problems.push(problem("state-not-an-object", ["states", name], { state: name }));
      continue;
    }
    const on = (isRecord(state["on"]) ? state["on"] : {}) as Record<string, unknown>;
    if (state["on"] !== undefined && !isRecord(state["on"])) problems.push(problem("state-on-not-an-object", ["states", name, "on"], { state: name }));
    if (state["final"] === true && Object.keys(on).length > 0) {
      problems.push(problem("final-state-with-transitions", ["states", name, "on"], { state: name }));
    }
    for (const [eventType, value] of Object.entries(on)) {
      const path = ["states", name, "on", eventType];
      if (!events.has(eventType)) problems.push(problem("unknown-event-in-state", path, { state: name, event: eventType }));
      const list: readonly unknown[] = Array.isArray(value) ? value : [value];
      list.forEach((candidate, index) => {
        const at = Array.isArray(value) ? [...path, index] : path;
        if (!isRecord(candidate)) {
          problems.push(problem("transition-not-an-object", at, { state: name, event: eventType }));
          return;
        }
        const { target, when, update } = candidate;
        const named: unknown = candidate["guards"] ?? [];
        if (target !== undefined && (typeof target !== "string" || !states.has(target))) {
          problems.push(problem("unknown-target", [...at, "target"], { state: name, event: eventType, target: shownValue(target) }));
        }
        if (!Array.isArray(named)) problems.push(problem("guards-not-a-list", [...at, "guards"], { state: name, event: eventType }));
        for (const guard of Array.isArray(named) ? named : []) {
          if (!isDefined(guards, guard)) problems.push(problem("unknown-guard", [...at, "guards"], { guard: shownValue(guard) }));
        }
        if (when !== undefined && !isDefined(guards, when)) {
          problems.push(problem("unknown-guard", [...at, "when"], { guard: shownValue(when) }));
        }
        if (update !== undefined && !isDefined(updates, update)) {
          problems.push(problem("unknown-update", [...at, "update"], { update: shownValue(update) }));
        }
      });
    }
  }
  if (problems.length > 0) throw new InvalidInputError(`machine "${shownValue(config.id)}"`, problems);
  return Object.freeze({ ...config, stateNames, eventTypes }) as Machine<TContextSchema, TEventSchema, TState, TGuard, TUpdate>;
}

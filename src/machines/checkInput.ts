/**
 * Checks of what {@link transition}, {@link replay} and {@link availableEvents}
 * receive from JavaScript before they read it: the snapshot (an object of
 * this machine, in one of its states, with a context that fits and a list
 * for its audit trail) and the event (an object with a text `type`). Each
 * problem becomes a refusal, never a throw. Internal module.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Locale } from "../text/locale.js";
import type { Machine } from "./defineMachine.js";
import { machineDiagnostic, machineList, machineText, templatesOf } from "./message.js";
import type { MachineMessageKey } from "./messages.js";
import type { Refusal } from "./transition.js";
import { shownValue } from "../text/shownValue.js";

/** Whether `value` is an object that is not an array (what a snapshot, an event or options must be). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The event's `type` when it is an object with a text `type`, else `undefined`. */
export function eventTypeOf(event: unknown): string | undefined {
  if (!isRecord(event)) return undefined;
  const type = event["type"];
  return typeof type === "string" ? type : undefined;
}

function problem(locale: Locale, key: MachineMessageKey, params: Record<string, string | number>, path: (string | number)[]): Diagnostic {
  return machineDiagnostic(locale, key, params, { ruleId: "machine/invalid-snapshot", path });
}

/** What is wrong with `snapshot` as a snapshot of `machine`; nothing when it can be read. */
function snapshotProblems(machine: Machine, snapshot: unknown, locale: Locale): Diagnostic[] {
  if (!isRecord(snapshot)) return [problem(locale, "snapshot-not-an-object", {}, [])];
  const problems: Diagnostic[] = [];
  if (snapshot["machine"] !== machine.id) {
    problems.push(problem(locale, "snapshot-wrong-machine", { found: shownValue(snapshot["machine"]), expected: machine.id }, ["machine"]));
  }
  const state = snapshot["state"];
  if (typeof state !== "string" || !machine.stateNames.includes(state)) {
    problems.push(problem(locale, "snapshot-unknown-state", { state: shownValue(state), states: machineList(locale, machine.stateNames) }, ["state"]));
  }
  if (!Array.isArray(snapshot["history"])) problems.push(problem(locale, "snapshot-history-not-a-list", {}, ["history"]));
  const context = parseInput(machine.context, snapshot["context"], locale, templatesOf(machine), ["context"]);
  if (!context.success) problems.push(...context.diagnostics.map((diagnostic) => ({ ...diagnostic, ruleId: "machine/invalid-snapshot" })));
  return problems;
}

/** The `invalid-snapshot` refusal `snapshot` gets for `event`, or `undefined` when the snapshot can be read. */
export function snapshotRefusal(machine: Machine, snapshot: unknown, event: unknown, locale: Locale): Refusal | undefined {
  const diagnostics = snapshotProblems(machine, snapshot, locale);
  if (diagnostics.length === 0) return undefined;
  const state = isRecord(snapshot) && typeof snapshot["state"] === "string" ? snapshot["state"] : "";
  const { message } = machineText(locale, "refused-invalid-snapshot", { problems: describe(diagnostics) });
  return { event: eventTypeOf(event) ?? "", state, reason: "invalid-snapshot", message, guards: [], diagnostics, allowedEvents: [] };
}

/**
 * The `invalid-event` refusal of something that is not an event at all (not
 * an object, or without a text `type`); its `event` is `""`.
 */
export function untypedEventRefusal(state: string, event: unknown, allowedEvents: readonly string[], locale: Locale): Refusal {
  return notAnEvent(state, machineDiagnostic(locale, "refused-event-without-type", {}, { ruleId: "machine/invalid-event", path: isRecord(event) ? ["type"] : [] }), allowedEvents);
}

function notAnEvent(state: string, diagnostic: Diagnostic, allowedEvents: readonly string[]): Refusal {
  return { event: "", state, reason: "invalid-event", message: diagnostic.message, guards: [], diagnostics: [diagnostic], allowedEvents };
}

/** "path: message; path: message", as refusals list their problems. */
export function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((diagnostic) => (diagnostic.path.length === 0 ? diagnostic.message : `${diagnostic.path.join(".")}: ${diagnostic.message}`)).join("; ");
}

/** The `invalid-event` refusal of a list of events that is not a list; its `event` is `""`. */
export function notAList(events: unknown, state: string, locale: Locale): Refusal {
  const got = events === null ? "null" : typeof events;
  return notAnEvent(state, machineDiagnostic(locale, "refused-events-not-a-list", { got }, { ruleId: "machine/invalid-event", path: [] }), []);
}

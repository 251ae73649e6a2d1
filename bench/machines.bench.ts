/**
 * The classroom visit machine against XState 5's pure `transition` on an
 * equivalent machine: the same states, the same transitions, the same guard
 * and update functions (so the comparison measures the machine core, not the
 * agreement's rules). A million events: the visit's lifecycle over and over,
 * with one refused event per visit. Then the core alone (a machine without
 * guards), and both libraries' minified and gzipped sizes for the machine
 * code a school app would bundle.
 *
 * XState is a development dependency of this benchmark only.
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { assign, createMachine, initialTransition, transition as xstateTransition, type AnyStateMachine } from "xstate";
import { z } from "zod";
import { plainDate } from "../src/calendar/index.js";
import { classroomVisitMachine, defineMachine, initialSnapshot, transition, type EventOf, type Machine } from "../src/machines/index.js";

type AnyGuard = { check(context: unknown, event: unknown, state: string, locale: "en"): readonly { severity: string }[] };
type AnyTransition = { target?: string; when?: string; guards?: readonly string[]; update?: string };

/** The same machine in XState: each transition's guards and update are our own functions. */
function toXState(machine: Machine): AnyStateMachine {
  const guards = (machine.guards ?? {}) as unknown as Record<string, AnyGuard>;
  const updates = (machine.updates ?? {}) as Record<string, (context: unknown, event: unknown) => unknown>;
  const passes = (name: string, context: unknown, event: unknown, state: string) =>
    !guards[name]?.check(context, event, state, "en").some((finding) => finding.severity === "error");
  const states: Record<string, object> = {};
  for (const name of machine.stateNames) {
    const config = (machine.states as Record<string, { final?: boolean; on?: Record<string, AnyTransition | AnyTransition[]> }>)[name] ?? {};
    const on: Record<string, object[]> = {};
    for (const [type, declared] of Object.entries(config.on ?? {})) {
      on[type] = (Array.isArray(declared) ? declared : [declared]).map((candidate) => ({
        ...(candidate.target === undefined ? {} : { target: candidate.target }),
        guard: ({ context, event }: { context: unknown; event: unknown }) =>
          (candidate.when === undefined || passes(candidate.when, context, event, name)) &&
          (candidate.guards ?? []).every((guard) => passes(guard, context, event, name)),
        actions: candidate.update === undefined ? [] : [assign(({ context, event }) => updates[candidate.update as string]?.(context, event) as object)],
      }));
    }
    states[name] = config.final === true ? { type: "final" } : { on };
  }
  return createMachine({ id: machine.id, initial: machine.initial, context: ({ input }: { input: unknown }) => input as object, states } as never);
}

const start = {
  visit: {
    observedTeacher: { id: "t-wong", name: "Mr Wong" },
    visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager" as const, seniorPromoted: true, trustedByTeacher: true }],
    proposedOn: plainDate("2027-03-01"),
  },
};
type VisitEvent = EventOf<typeof classroomVisitMachine>;
/** One visit: a refused close (nothing to close yet), then the lifecycle. */
const lifecycle: VisitEvent[] = [
  { type: "close", at: "2027-03-01" },
  { type: "share-purpose", at: "2027-03-01", statement: "New S3 science scheme", sharedWith: ["t-wong", "m-lee"] },
  { type: "agree-focus", at: "2027-03-02", areas: ["practical work"], feedbackArrangement: "Dialogue the morning after", whoDoesWhat: "Mrs Lee joins a group" },
  { type: "schedule", at: "2027-03-02", visitDay: plainDate("2027-03-10"), minutes: 40, activePartOffered: true },
  { type: "record-observation", at: "2027-03-10", notes: "informal", minutesInClass: 40 },
  {
    type: "hold-dialogue",
    at: "2027-03-11",
    beganWithTeachersView: true,
    wentWell: ["Clear safety briefing"],
    improvementSteps: [
      { step: "Plan a shorter introduction", for: "observed" },
      { step: "Share the group-work rubric", for: "observer" },
    ],
  },
  { type: "close", at: "2027-03-15" },
];
const EVENTS = 1_000_000;
const visits = Math.ceil(EVENTS / lifecycle.length);

const xstateVisit = toXState(classroomVisitMachine as unknown as Machine);
const [xstateStart] = initialTransition(xstateVisit, start);
const ownStart = initialSnapshot(classroomVisitMachine, start);

function runOwn(count: number): string {
  let state = "";
  for (let visit = 0; visit < count; visit += 1) {
    let snapshot = ownStart;
    for (const event of lifecycle) {
      const result = transition(classroomVisitMachine, snapshot, event);
      if (result.ok) snapshot = result.snapshot;
    }
    state = snapshot.state;
  }
  return state;
}

function runXState(count: number): string {
  let state = "";
  for (let visit = 0; visit < count; visit += 1) {
    let snapshot = xstateStart;
    for (const event of lifecycle) [snapshot] = xstateTransition(xstateVisit, snapshot, event as never);
    state = String(snapshot.value);
  }
  return state;
}

if (runOwn(1) !== "closed" || runXState(1) !== "closed") {
  throw new Error("The two machines disagree: the benchmark would compare different work.");
}

function timed(name: string, run: () => unknown, events: number): number {
  run(); // warm-up on the same work
  const started = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = events / seconds;
  console.log(`  ${name.padEnd(44)} ${(rate / 1000).toFixed(0).padStart(6)} k transitions/s  (${seconds.toFixed(2)} s)`);
  return rate;
}

console.log(`\nclassroomVisitMachine, ${(visits * lifecycle.length).toLocaleString("en")} events (${visits.toLocaleString("en")} visits, one refusal each)`);
const own = timed("collegiate transition", () => runOwn(visits), visits * lifecycle.length);
const peer = timed("XState 5 transition, same guards and updates", () => runXState(visits), visits * lifecycle.length);
console.log(`  collegiate is ${(own / peer).toFixed(1)}× faster`);

// The core alone: a machine with one event and no guards.
const lampEvents = z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]);
const lamp = defineMachine({
  id: "lamp",
  context: z.object({}),
  events: lampEvents,
  initial: "off",
  states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
});
const xstateLamp = createMachine({ id: "lamp", initial: "off", states: { off: { on: { toggle: "on" } }, on: { on: { toggle: "off" } } } });
const toggle = { type: "toggle" as const, at: "2027-03-18" };
const CORE = 1_000_000;
console.log(`\nThe core alone: ${CORE.toLocaleString("en")} transitions of a two-state machine without guards`);
const ownCore = timed("collegiate transition", () => {
  let snapshot = initialSnapshot(lamp, {});
  for (let i = 0; i < CORE; i += 1) {
    const result = transition(lamp, snapshot.history.length > 64 ? initialSnapshot(lamp, {}) : snapshot, toggle);
    if (result.ok) snapshot = result.snapshot;
  }
  return snapshot.state;
}, CORE);
const peerCore = timed("XState 5 transition", () => {
  let [snapshot] = initialTransition(xstateLamp);
  for (let i = 0; i < CORE; i += 1) [snapshot] = xstateTransition(xstateLamp, snapshot, toggle);
  return snapshot.value;
}, CORE);
console.log(`  collegiate is ${(ownCore / peerCore).toFixed(1)}× faster (its snapshots keep an audit trail, reset every 64 events here)`);

// Sizes of the machine code a school app bundles.
const root = fileURLToPath(new URL("..", import.meta.url));
async function size(name: string, contents: string, external: string[]): Promise<void> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    external,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  console.log(`  ${name.padEnd(60)} ${(code.length / 1024).toFixed(1).padStart(6)} kB min  ${(gzipSync(code).length / 1024).toFixed(1).padStart(5)} kB gzip`);
}
console.log("\nMachine code, minified and gzipped (esbuild; zod, date-fns and ts-pattern external, as an app shares them)");
await size(
  "collegiate defineMachine + initialSnapshot + transition",
  'export { defineMachine } from "./src/machines/defineMachine.ts"; export { initialSnapshot } from "./src/machines/snapshot.ts"; export { transition } from "./src/machines/transition.ts";',
  ["zod", "date-fns", "ts-pattern"],
);
await size("XState 5 createMachine + initialTransition + transition", 'export { createMachine, initialTransition, transition } from "xstate";', []);
await size("collegiate/machines, every export (with the built-in machines)", 'export * from "./src/machines/index.ts";', ["zod", "date-fns", "ts-pattern"]);

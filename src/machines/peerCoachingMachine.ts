import { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { defineMachine, type Guard } from "./defineMachine.js";
import { machineDiagnostic } from "./message.js";
import { ReasonSchema } from "./reason.js";
import { TimestampSchema } from "./timestamp.js";

/** The parts of the programme, in order (domain P1…P7). */
const parts = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"] as const;

/** The programme's context and events (built when the machine is, not when the module is imported). */
function coachingSchemas() {
  const PartSchema = z.enum(parts);
  const context = z.object({
    /** The programme's name, for people. */
    programme: z.string().trim().min(1),
    /** The school taking part. */
    school: z.string().trim().min(1).optional(),
    /** Wows and wonders recorded in Session 3 (P5). */
    wowsAndWonders: z.array(z.object({ kind: z.enum(["wow", "wonder"]), text: z.string().trim().min(1), at: TimestampSchema })),
    /** Why the school withdrew, when it did. */
    withdrawal: z.object({ reason: ReasonSchema, at: TimestampSchema }).optional(),
  });
  const events = z.discriminatedUnion("type", [
    z.object({ type: z.literal("begin"), at: TimestampSchema }),
    z.object({ type: z.literal("complete-part"), at: TimestampSchema, part: PartSchema }),
    z.object({ type: z.literal("record-feedback"), at: TimestampSchema, kind: z.enum(["wow", "wonder"]), text: z.string().trim().min(1) }),
    z.object({ type: z.literal("withdraw"), at: TimestampSchema, reason: ReasonSchema }),
  ]);
  return { context, events };
}

type CoachingSchemas = ReturnType<typeof coachingSchemas>;
type CoachingContext = z.infer<CoachingSchemas["context"]>;
type CoachingEvent = z.infer<CoachingSchemas["events"]>;

const source = (clause: string) => ({ document: "peer-coaching-programme" as const, clause });

const partInOrder: Guard<CoachingContext, CoachingEvent> = {
  description: "the part completed is the current one",
  check: (_context, event, state, locale): Diagnostic[] =>
    event.type === "complete-part" && event.part !== state
      ? [machineDiagnostic(locale, "coaching-part-out-of-order", { part: event.part, current: state }, { ruleId: "coaching/parts-in-order", path: ["part"], source: source(event.part) })]
      : [],
};

const wowsAndWondersRecorded: Guard<CoachingContext, CoachingEvent> = {
  description: "at least one wow and one wonder are recorded",
  check: (context, _event, _state, locale): Diagnostic[] => {
    const wows = context.wowsAndWonders.filter((item) => item.kind === "wow").length;
    const wonders = context.wowsAndWonders.length - wows;
    return wows > 0 && wonders > 0
      ? []
      : [
          machineDiagnostic(locale, "coaching-wows-and-wonders", { wows, wonders }, {
            ruleId: "coaching/wows-and-wonders",
            path: ["context", "wowsAndWonders"],
            source: source("P5"),
          }),
        ];
  },
};

/** Withdrawing, with a reason, from any part. */
const withdraw = { target: "withdrawn", update: "recordWithdrawal" } as const;

/** Completing the current part moves to the next. */
const nextPart = <T extends (typeof parts)[number] | "completed">(target: T) => ({
  target,
  guards: ["partInOrder"] as const,
});

/**
 * The peer coaching programme (domain §4) as a machine: the school enrols,
 * begins Session 1 (P1), and completes the parts in order: P1 Session 1 (full
 * day), P2 eLearning (1–2 months), P3 Session 2, P4 eLearning (3 months), P5
 * Session 3, P6 eLearning (3 months), P7 Session 4, then the programme is
 * completed. Session 3 (P5) takes stock with "wows and wonders": it completes
 * only once at least one wow and one wonder are recorded. A school may
 * withdraw, with a reason, from any part.
 *
 * Schedule the parts' dates with `scheduleForward(peerCoachingProgramme, …)`
 * from `collegiate/timeline`.
 *
 * @example
 * ```ts
 * import { initialSnapshot, peerCoachingMachine, replay } from "collegiate/machines";
 *
 * const result = replay(peerCoachingMachine, { programme: "Peer coaching 2026/27", wowsAndWonders: [] }, [
 *   { type: "begin", at: "2026-09-07" },
 *   { type: "complete-part", at: "2026-09-07", part: "P1" },
 *   { type: "complete-part", at: "2026-11-06", part: "P3" },
 * ]);
 * if (!result.ok) result.refusal.message;
 * // "complete-part" is refused: Part P3 cannot be completed while the programme is at P2: the parts are completed in order, P1 to P7.
 * ```
 */
export const peerCoachingMachine = /* @__PURE__ */ createPeerCoachingMachine();

/** The peer coaching machine, built on demand (see {@link peerCoachingMachine}). */
function createPeerCoachingMachine() {
  const { context, events } = coachingSchemas();
  return defineMachine({
    id: "peer-coaching-programme",
    description: "A school's progress through the peer coaching programme, P1 to P7.",
    context,
    events,
    initial: "enrolled",
    states: {
      enrolled: { description: "The school has enrolled; Session 1 has not begun.", on: { begin: { target: "P1" }, withdraw } },
      P1: { description: "Session 1 (full day): define coaching for the school.", on: { "complete-part": nextPart("P2"), withdraw } },
      P2: { description: "eLearning phase (1–2 months): define the programme, plan, portfolio, lesson design.", on: { "complete-part": nextPart("P3"), withdraw } },
      P3: { description: "Session 2 (half day): communication skills, preparing coaches.", on: { "complete-part": nextPart("P4"), withdraw } },
      P4: { description: "eLearning phase (3 months): coaches work with their teachers.", on: { "complete-part": nextPart("P5"), withdraw } },
      P5: {
        description: "Session 3 (half day): wows and wonders, roadblocks, resources.",
        on: {
          "record-feedback": { update: "recordFeedback" },
          "complete-part": { target: "P6", guards: ["partInOrder", "wowsAndWondersRecorded"] },
          withdraw,
        },
      },
      P6: { description: "eLearning phase (3 months): continue the plans with new strategies.", on: { "complete-part": nextPart("P7"), withdraw } },
      P7: { description: "Session 4 (half day): improving staff development; sharing best practice.", on: { "complete-part": nextPart("completed"), withdraw } },
      completed: { description: "Every part is complete.", final: true },
      withdrawn: { description: "The school withdrew.", final: true },
    },
    guards: { partInOrder, wowsAndWondersRecorded },
    updates: {
      recordFeedback: (context, event) =>
        event.type === "record-feedback"
          ? { ...context, wowsAndWonders: [...context.wowsAndWonders, { kind: event.kind, text: event.text, at: event.at }] }
          : context,
      recordWithdrawal: (context, event) =>
        event.type === "withdraw" ? { ...context, withdrawal: { reason: event.reason, at: event.at } } : context,
    },
  });
}

/**
 * A small machine for testing the core: a room booking that must give a
 * reason to be cancelled and may only be confirmed with a room named.
 */
import { z } from "zod";
import { defineMachine } from "../../src/machines/index.js";

export const bookingMachine = defineMachine({
  id: "room-booking",
  description: "A room booked for a meeting.",
  context: z.object({ room: z.string().optional(), confirmations: z.number().int().min(0) }),
  events: z.discriminatedUnion("type", [
    z.object({ type: z.literal("name-room"), at: z.string(), room: z.string() }),
    z.object({ type: z.literal("confirm"), at: z.string() }),
    z.object({ type: z.literal("cancel"), at: z.string(), reason: z.string() }),
    z.object({ type: z.literal("use"), at: z.string() }),
  ]),
  initial: "requested",
  states: {
    requested: {
      description: "Asked for, not yet confirmed.",
      on: {
        "name-room": { update: "nameRoom" },
        confirm: { target: "confirmed", guards: ["roomNamed"], update: "countConfirmation" },
        cancel: { target: "cancelled", guards: ["reasonGiven"] },
      },
    },
    confirmed: {
      on: {
        use: { target: "used" },
        cancel: [
          { target: "cancelled", guards: ["reasonGiven", "lateWarning"] },
        ],
      },
    },
    used: { final: true },
    cancelled: { final: true },
  },
  guards: {
    roomNamed: {
      description: "a room is named",
      check: (context) =>
        context.room === undefined
          ? [{ ruleId: "booking/room-named", severity: "error", code: "booking/room-named", params: {}, message: "Name a room first.", path: ["room"] }]
          : [],
    },
    reasonGiven: {
      description: "a reason is given",
      check: (_context, event) =>
        event.type === "cancel" && event.reason.trim() === ""
          ? [{ ruleId: "booking/reason", severity: "error", code: "booking/reason", params: {}, message: "Give a reason.", path: ["reason"] }]
          : [],
    },
    lateWarning: {
      description: "warns about late cancellations",
      check: () => [{ ruleId: "booking/late", severity: "warning", code: "booking/late", params: {}, message: "Cancelled after confirmation.", path: [] }],
    },
  },
  updates: {
    nameRoom: (context, event) => (event.type === "name-room" ? { ...context, room: event.room } : context),
    countConfirmation: (context) => ({ ...context, confirmations: context.confirmations + 1 }),
  },
});

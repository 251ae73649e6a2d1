import { z } from "zod";
import { PlainDateSchema, type PlainDate } from "../calendar/plainDate.js";
import { toDayNumber } from "../calendar/dayNumber.js";
import { daysBetween } from "../calendar/daysBetween.js";
import type { Timeline } from "../timeline/timeline.js";
import type { StageProgress } from "./sharingActivityMachine.js";

/**
 * Schema of a late stage, as {@link overdueStages} lists it.
 *
 * @example
 * ```ts
 * import { OverdueStageSchema } from "collegiate/machines";
 *
 * OverdueStageSchema.shape.daysLate; // calendar days since it was due
 * ```
 */
export const OverdueStageSchema = /* @__PURE__ */ overdueStageSchema();

function overdueStageSchema() {
  return z.object({
    /** The stage's id, such as `S4`. */
    id: z.string(),
    /** Its title, from the timeline. */
    title: z.string(),
    /** The day it was due. */
    dueOn: PlainDateSchema,
    /** Where it stands: not started, or started and not finished. */
    status: z.enum(["pending", "in-progress"]),
    /** Calendar days from the due day to `asOf`. */
    daysLate: z.int().min(1),
  });
}

/**
 * A stage that is late: due before `asOf`, and neither done nor skipped.
 *
 * @example
 * ```ts
 * import type { OverdueStage } from "collegiate/machines";
 *
 * const late: OverdueStage = { id: "S4", title: "Rundown and content discussion", dueOn: "2027-02-17" as never, status: "pending", daysLate: 3 };
 * ```
 */
export type OverdueStage = z.infer<typeof OverdueStageSchema>;

/**
 * The stages that are late on a day: due before `asOf` on the timeline, and
 * still pending or in progress in the snapshot. Works for any snapshot whose
 * context has `stages` keyed by the timeline's stage ids (such as
 * {@link sharingActivityMachine}'s), in the timeline's order.
 *
 * @param snapshot - Where the activity stands.
 * @param timeline - Its dates (usually `snapshot.context.timeline`).
 * @param asOf - The day to judge on.
 * @returns The late stages, earliest first.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, plainDate } from "collegiate/calendar";
 * import { initialSnapshot, overdueStages, sharingActivityContext, sharingActivityMachine } from "collegiate/machines";
 *
 * const snapshot = initialSnapshot(
 *   sharingActivityMachine,
 *   sharingActivityContext({
 *     activityDay: "2027-03-18",
 *     calendar: defineSchoolCalendar({}),
 *     plan: { schools: [{ id: "harbour", name: "Harbour Secondary School" }] },
 *   }),
 * );
 * overdueStages(snapshot, snapshot.context.timeline, plainDate("2027-01-20")).map((stage) => stage.id);
 * // ["S1", "S2", "S3"]: due Fri 15 January, not started
 * ```
 */
export function overdueStages(
  snapshot: { readonly context: { readonly stages: Readonly<Record<string, StageProgress>> } },
  timeline: Timeline,
  asOf: PlainDate,
): OverdueStage[] {
  toDayNumber(asOf); // a TypeError naming `asOf` when it is not a day, before any comparison as text
  const late: OverdueStage[] = [];
  for (const stage of timeline.stages) {
    const progress = snapshot.context.stages[stage.id];
    if (progress === undefined || stage.dueOn >= asOf) continue;
    if (progress.status === "pending" || progress.status === "in-progress") {
      late.push({ id: stage.id, title: stage.title, dueOn: stage.dueOn, status: progress.status, daysLate: daysBetween(stage.dueOn, asOf) });
    }
  }
  return late;
}

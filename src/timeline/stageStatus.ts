import { z } from "zod";
import { compareDays } from "../calendar/compareDays.js";
import type { PlainDate } from "../calendar/plainDate.js";

/**
 * Schema of where a stage stands on a given day, judged by its dates alone
 * (a timeline records no progress; a stage machine does):
 * `"upcoming"` before it opens, `"open"` from its opening day to its due day,
 * `"late"` after its due day.
 *
 * @example
 * ```ts
 * import { StageStatusSchema } from "collegiate/timeline";
 *
 * StageStatusSchema.options; // ["upcoming", "open", "late"]
 * ```
 */
export const StageStatusSchema = z.enum(["upcoming", "open", "late"]);

/**
 * Where a stage stands on a day: `"upcoming"`, `"open"` or `"late"`.
 *
 * @example
 * ```ts
 * import type { StageStatus } from "collegiate/timeline";
 *
 * const status: StageStatus = "open";
 * ```
 */
export type StageStatus = z.infer<typeof StageStatusSchema>;

/**
 * Where a stage with these dates stands on `asOf`: `"upcoming"` before
 * `opensOn`, `"open"` from `opensOn` to `dueOn` (both included), `"late"`
 * after `dueOn`.
 *
 * @param stage - The stage's opening and due days.
 * @param asOf - The day to judge on.
 * @returns The stage's status.
 *
 * @example
 * ```ts
 * import { plainDate } from "collegiate/calendar";
 * import { stageStatus } from "collegiate/timeline";
 *
 * const stage = { opensOn: plainDate("2027-03-04"), dueOn: plainDate("2027-03-17") };
 * stageStatus(stage, plainDate("2027-03-10")); // "open"
 * stageStatus(stage, plainDate("2027-03-18")); // "late"
 * ```
 */
export function stageStatus(stage: { readonly opensOn: PlainDate; readonly dueOn: PlainDate }, asOf: PlainDate): StageStatus {
  // Compared as days, so that a value that is not a day is named in a TypeError rather than compared as text.
  if (compareDays(asOf, stage.opensOn) < 0) return "upcoming";
  return compareDays(asOf, stage.dueOn) > 0 ? "late" : "open";
}

import { z } from "zod";

const months = z.int().min(1).max(120);

/**
 * Schema of how long a stage of a forward-scheduled template lasts:
 *
 * - `{ session: "full-day" }` or `{ session: "half-day" }`: a session, held on
 *   one school day;
 * - `{ schoolDays: n }`: `n` school days;
 * - `{ months: n }`: `n` calendar months, ending on the last school day before
 *   the same date `n` months later;
 * - `{ months: { shortest, longest } }`: a phase whose length the school
 *   chooses between two bounds (`phaseLength` of {@link scheduleForward}).
 *
 * @example
 * ```ts
 * import { DurationSchema } from "collegiate/timeline";
 *
 * DurationSchema.parse({ session: "half-day" });
 * DurationSchema.parse({ months: { shortest: 1, longest: 2 } });
 * ```
 */
export const DurationSchema = z.union([
  z.strictObject({ session: z.enum(["full-day", "half-day"]) }),
  z.strictObject({ schoolDays: z.int().min(1).max(2000) }),
  z.strictObject({
    months: z.union([
      months,
      z.strictObject({ shortest: months, longest: months }),
    ]),
  }),
]);

/**
 * How long a stage of a forward-scheduled template lasts.
 *
 * @example
 * ```ts
 * import type { Duration } from "collegiate/timeline";
 *
 * const phase: Duration = { months: 3 };
 * ```
 */
export type Duration = z.infer<typeof DurationSchema>;

/** Whether two durations are the same. Internal. */
export function sameDuration(a: Duration, b: Duration): boolean {
  return durationKey(a) === durationKey(b);
}

function durationKey(duration: Duration): string {
  if ("session" in duration) return `session:${duration.session}`;
  if ("schoolDays" in duration) return `schoolDays:${duration.schoolDays}`;
  const { months } = duration;
  return typeof months === "number" ? `months:${months}:${months}` : `months:${months.shortest}:${months.longest}`;
}

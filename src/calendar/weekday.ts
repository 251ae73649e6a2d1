import { z } from "zod";

/**
 * The seven weekdays, Monday first (ISO 8601 order).
 *
 * @example
 * ```ts
 * import { weekdays } from "collegiate/calendar";
 *
 * weekdays[0]; // "monday"
 * ```
 */
export const weekdays = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

/**
 * Schema of a weekday name in lower case, such as `"friday"`.
 *
 * @example
 * ```ts
 * import { WeekdaySchema } from "collegiate/calendar";
 *
 * WeekdaySchema.safeParse("caturday").success; // false
 * ```
 */
export const WeekdaySchema = z.enum(weekdays, { error: () => "calendar/weekday.unknown" });

/**
 * A weekday name: `"monday"` … `"sunday"`.
 *
 * @example
 * ```ts
 * import type { Weekday } from "collegiate/calendar";
 *
 * const meetingDay: Weekday = "wednesday";
 * ```
 */
export type Weekday = z.infer<typeof WeekdaySchema>;

import { z } from "zod";
import { schemaLocale } from "../diagnostics/parseInput.js";
import { calendarMessage } from "./message.js";

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
export const WeekdaySchema = z.enum(weekdays, {
  error: (issue) => calendarMessage(schemaLocale(), "weekday.unknown", { input: shownValue(issue.input), weekdays: weekdays.join(", ") }),
});

/**
 * A value as a message shows it: a string quoted, an object or array as
 * (shortened) JSON, anything else by name (`undefined`, `NaN`, `10`), so
 * that every value gives a message.
 */
function shownValue(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value !== "string" && (typeof value !== "object" || value === null)) return String(value);
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return "an object"; // cyclic, or holding a bigint
  }
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

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

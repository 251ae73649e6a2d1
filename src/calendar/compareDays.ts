import { toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * Compares two days, for sorting: negative when `a` is earlier, positive when
 * later, 0 when the same day.
 *
 * @param a - A day.
 * @param b - Another day.
 * @returns `-1`, `0` or `1`.
 *
 * @example
 * ```ts
 * import { compareDays, plainDate } from "collegiate/calendar";
 *
 * const days = [plainDate("2027-03-18"), plainDate("2026-12-25")];
 * days.sort(compareDays); // ["2026-12-25", "2027-03-18"]
 * ```
 */
export function compareDays(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

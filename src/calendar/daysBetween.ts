import { toDayNumber } from "./dayNumber.js";
import type { PlainDate } from "./plainDate.js";

/**
 * The number of calendar days from `from` to `to`: positive when `to` is
 * later, negative when earlier. Time zones and daylight saving never matter.
 *
 * @param from - The first day.
 * @param to - The second day.
 * @returns `to − from` in days.
 *
 * @example
 * ```ts
 * import { daysBetween, plainDate } from "collegiate/calendar";
 *
 * daysBetween(plainDate("2027-03-01"), plainDate("2027-03-18")); // 17
 * daysBetween(plainDate("2027-03-18"), plainDate("2027-03-01")); // -17
 * ```
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Thrown when a calendar has no school day where one is asked for: after the
 * last day of its last term, before its first term, or at all. It never loops:
 * the calendar knows its first and last school days.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar, nextSchoolDay, NoSchoolDayError, plainDate } from "collegiate/calendar";
 *
 * const calendar = defineSchoolCalendar({
 *   terms: [{ name: "Summer term", start: "2027-04-19", end: "2027-07-02" }],
 * });
 * try {
 *   nextSchoolDay(calendar, plainDate("2027-07-02"));
 * } catch (error) {
 *   if (error instanceof NoSchoolDayError) console.log(error.message);
 *   // No school day after 2027-07-02 in the school calendar: its last school day is 2027-07-02.
 * }
 * ```
 */
export class NoSchoolDayError extends RangeError {
  /** @param message - What was asked and what the calendar holds. */
  constructor(message: string) {
    super(message);
    this.name = "NoSchoolDayError";
  }
}

/**
 * Why the school is closed on a day, in words: the closures' names, a
 * weekend day, outside every term. Internal module.
 */
import { describeDay } from "../calendar/describeDay.js";
import { formatDay } from "../calendar/formatDay.js";
import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { timelineMessage } from "./message.js";

/** "Christmas holidays, Christmas Day", "a weekend day (Saturday)", "outside every term". */
export function closedBecause(calendar: SchoolCalendar, day: PlainDate): string {
  const description = describeDay(calendar, day);
  return [
    ...description.closures.map((closure) => closure.name),
    ...(description.weekend ? [timelineMessage("closed.weekend", { weekday: formatDay(day, "EEEE") })] : []),
    ...(description.outsideTerms ? [timelineMessage("closed.outside-terms")] : []),
  ].join(", ");
}

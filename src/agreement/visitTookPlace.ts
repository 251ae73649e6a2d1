/**
 * When the rules consider that a visit has taken place. Internal module.
 */
import type { PlainDate } from "../calendar/plainDate.js";
import type { ClassroomVisit } from "./classroomVisit.js";

/**
 * Whether a visit has taken place: an observation, a dialogue or the closure
 * is recorded, or the visit day is before the day judged on.
 */
export function visitTookPlace(visit: ClassroomVisit, asOf: PlainDate | undefined): boolean {
  return (
    visit.observation !== undefined ||
    visit.dialogue !== undefined ||
    visit.closedOn !== undefined ||
    (visit.visitDay !== undefined && asOf !== undefined && visit.visitDay < asOf)
  );
}

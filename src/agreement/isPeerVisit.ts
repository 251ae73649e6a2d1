import type { ClassroomVisit } from "./classroomVisit.js";

/**
 * Whether a visit is a peer visit: none of its visitors is senior promoted
 * staff. The agreement (A7) asks no written record of a peer visit beyond its
 * date, so no rule reports a missing record of one; a record it does keep is
 * still checked.
 *
 * @param visit - A validated visit.
 * @returns `true` when every visitor has `seniorPromoted: false`.
 *
 * @example
 * ```ts
 * import { isPeerVisit } from "collegiate/agreement";
 *
 * isPeerVisit({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "t-wong", role: "teacher", seniorPromoted: false }],
 * }); // true
 * ```
 */
export function isPeerVisit(visit: ClassroomVisit): boolean {
  for (const visitor of visit.visitors) if (visitor.seniorPromoted) return false;
  return true;
}

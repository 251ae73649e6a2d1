import { sampleSession } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";
import { nameOf } from "../../wording.js";

/**
 * H2: each teacher takes part in extended sharing at least twice per session,
 * both as observer and as observed. For each teacher of the roster, counts the
 * visits whose day falls in the session (planned or held) in which they
 * visit, and those in which they are observed; each count reaches
 * `extendedSharingPerSession` (default 2).
 *
 * @example
 * ```ts
 * import { extendedSharingTwice } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = extendedSharingTwice.check({
 *   session: { start: plainDate("2026-09-01"), end: plainDate("2027-07-16") },
 *   staff: [{ id: "t-chan", name: "Ms Chan" }],
 *   visits: [],
 * });
 * finding?.path; // ["staff", 0]
 * ```
 */
export const extendedSharingTwice = /* @__PURE__ */ defineRule({
  id: "highland/extended-sharing-twice",
  subject: "session",
  defaultSeverity: "warning",
  source: { document: "sharing-learning-experiences", clause: "H2" },
  description: agreementMessages["highland/extended-sharing-twice"],
  examples: {
    passing: { input: sampleSession },
    failing: { input: { ...sampleSession, visits: sampleSession.visits.slice(0, 5) } },
  },
  inspect({ session, staff, visits }, { options }, findings) {
    const asObserver = new Map<string, number>();
    const asObserved = new Map<string, number>();
    const add = (tally: Map<string, number>, id: string) => tally.set(id, (tally.get(id) ?? 0) + 1);
    for (const visit of visits) {
      const day = visit.visitDay;
      if (day === undefined || day < session.start || day > session.end) continue;
      add(asObserved, visit.observedTeacher.id);
      for (const visitor of visit.visitors) add(asObserver, visitor.id);
    }
    const needed = options.extendedSharingPerSession;
    staff.forEach((member, index) => {
      const observer = asObserver.get(member.id) ?? 0;
      const observed = asObserved.get(member.id) ?? 0;
      if (observer < needed || observed < needed) {
        findings.breach(
          ["staff", index],
          "sharing-short",
          { person: nameOf(member), observer, observed, needed, session: session.name ?? `${session.start}–${session.end}` },
        );
      }
    });
  },
});

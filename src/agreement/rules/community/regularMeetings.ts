import type { PlainDate } from "../../../calendar/plainDate.js";
import { schoolDaysBetween } from "../../../calendar/schoolDaysBetween.js";
import { sampleCommunity } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import type { PathKey } from "../../findings.js";
import { defineRule } from "../../rule.js";

interface Mark {
  readonly day: PlainDate;
  /** Where the day is in the input, when it is a meeting's. */
  readonly path: readonly PathKey[];
  readonly meeting: boolean;
}

/**
 * L3: participating schools arrange regular internal meetings led by the
 * curriculum leaders. For each school, the school days from the start of the
 * support period to the first meeting, between meetings, and from the last
 * meeting to the day judged on (or the end of the period, if sooner) are at
 * most `meetingGapSchoolDays` (default 30), counted on the calendar given.
 *
 * @example
 * ```ts
 * import { regularMeetings } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = regularMeetings.check({
 *   name: "Reading",
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   meetings: [
 *     { school: "harbour", heldOn: plainDate("2026-09-24") },
 *     { school: "harbour", heldOn: plainDate("2027-01-28") },
 *   ],
 * });
 * finding?.path; // ["meetings", 1, "heldOn"]
 * ```
 */
export const regularMeetings = /* @__PURE__ */ defineRule({
  id: "community/regular-meetings",
  subject: "community",
  defaultSeverity: "warning",
  source: { document: "learning-communities", clause: "L3" },
  description: agreementMessages["community/regular-meetings"],
  examples: {
    passing: { input: sampleCommunity, asOf: "2026-11-20" },
    failing: { input: sampleCommunity, asOf: "2027-01-15" },
  },
  inspect(community, { asOf, calendar, options }, findings) {
    const { period, meetings = [] } = community;
    const allowed = options.meetingGapSchoolDays;
    community.schools.forEach((school, schoolIndex) => {
      const marks: Mark[] = [];
      meetings.forEach((meeting, index) => {
        if (meeting.school === school.id) marks.push({ day: meeting.heldOn, path: ["meetings", index, "heldOn"], meeting: true });
      });
      marks.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
      if (period !== undefined) marks.unshift({ day: period.start, path: [], meeting: false });
      const until = asOf === undefined ? undefined : period !== undefined && period.end < asOf ? period.end : asOf;
      if (until !== undefined) marks.push({ day: until, path: [], meeting: false });
      for (let i = 1; i < marks.length; i += 1) {
        const from = marks[i - 1] as Mark;
        const to = marks[i] as Mark;
        const days = schoolDaysBetween(calendar, from.day, to.day);
        if (days <= allowed) continue;
        const params = { school: school.name, from: from.day, to: to.day, days, allowed };
        if (from.meeting && to.meeting) findings.breach(to.path, "meeting-gap", params);
        else findings.breach(to.meeting ? to.path : ["schools", schoolIndex], "meeting-none-since", params);
      }
    });
  },
});


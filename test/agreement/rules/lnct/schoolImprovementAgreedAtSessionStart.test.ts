import { describe, expect, it } from "vitest";
import { schoolImprovementAgreedAtSessionStart } from "../../../../src/agreement/index.js";
import { plainDate } from "../../../../src/calendar/index.js";
import { hongKong2026 } from "../../../support/calendars.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

const session = { start: plainDate("2026-09-01"), end: plainDate("2027-07-16") };
const improvement = (agreedOn: string) => visit({ relatesToSchoolImprovement: true, schoolImprovementAgreedOn: agreedOn });

describe("lnct/school-improvement-agreed-at-session-start (A0)", () => {
  it("asks nothing of a visit that does not relate to school improvement", () => {
    expect(schoolImprovementAgreedAtSessionStart.check(visit(), { session })).toEqual([]);
  });

  it("passes agreement on the 20th school day of the session, and before the session", () => {
    // Monday to Friday from Tuesday 1 September 2026: the 20th school day is Monday 28 September.
    expect(schoolImprovementAgreedAtSessionStart.check(improvement("2026-09-28"), { session })).toEqual([]);
    expect(schoolImprovementAgreedAtSessionStart.check(improvement("2026-06-20"), { session })).toEqual([]);
  });

  it("reports agreement on the 21st school day, at schoolImprovementAgreedOn", () => {
    const findings = schoolImprovementAgreedAtSessionStart.check(improvement("2026-09-29"), { session });
    expect(findings.map((f) => [f.ruleId, f.path, f.source])).toEqual([
      ["lnct/school-improvement-agreed-at-session-start", ["schoolImprovementAgreedOn"], { document: "lnct-agreement", clause: "A0" }],
    ]);
    expect(findings[0]?.message).toBe(
      "The school-improvement visit was agreed on 2026-09-29, after the first 20 school days of the session that began on 2026-09-01.",
    );
  });

  it("counts school days on the calendar, whose terms give the session when none is given", () => {
    // Harbour Secondary, session from 1 September 2026: September has 22 school days (1–4, 7–11,
    // 14–18, 21–25, 28–30), 1 October is National Day, so Friday 2 October is the 23rd school day.
    // On a Monday-to-Friday calendar without closures it would be the 24th.
    const options = { schoolImprovementWithinSchoolDays: 23 };
    expect(schoolImprovementAgreedAtSessionStart.check(improvement("2026-10-02"), { calendar: hongKong2026, options })).toEqual([]);
    expect(schoolImprovementAgreedAtSessionStart.check(improvement("2026-10-02"), { session, options })).toHaveLength(1);
    expect(schoolImprovementAgreedAtSessionStart.check(improvement("2026-10-05"), { calendar: hongKong2026, options })).toHaveLength(1);
  });

  it("without a session or terms, checks only that the day of agreement is recorded", () => {
    expect(schoolImprovementAgreedAtSessionStart.check(improvement("2027-03-01"))).toEqual([]);
    const missing = managerVisit({ relatesToSchoolImprovement: true });
    expect(schoolImprovementAgreedAtSessionStart.check(missing).map((f) => f.path)).toEqual([["schoolImprovementAgreedOn"]]);
    expect(schoolImprovementAgreedAtSessionStart.check(peerVisit({ relatesToSchoolImprovement: true }))).toEqual([]);
  });

  it("uses the window the policy sets", () => {
    expect(
      schoolImprovementAgreedAtSessionStart.check(improvement("2026-09-29"), { session, options: { schoolImprovementWithinSchoolDays: 21 } }),
    ).toEqual([]);
  });
});

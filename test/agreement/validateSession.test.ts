import fc from "fast-check";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { classroomVisitPolicy, lnctAgreement, validateSession, type Policy } from "../../src/agreement/index.js";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { sampleSession, sampleVisit } from "./records.js";

const options = { session: sampleSession.session, staff: sampleSession.staff };

describe("validateSession", () => {
  it("passes the sample session and returns it validated", () => {
    const result = validateSession(sampleSession.visits, options);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.visits).toHaveLength(6);
    expect(result.value?.staff.map((member) => member.id)).toEqual(["t-chan", "t-wong", "t-lam"]);
  });

  it("prefixes each visit's findings with its place in the list", () => {
    const visits = [...sampleSession.visits, { ...sampleVisit, observation: { notes: "tick-box" } }];
    const result = validateSession(visits, options);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ["lnct/no-grades-or-tick-boxes", ["visits", 6, "observation", "notes"]],
    ]);
  });

  it("runs the cross-visit rules: H2 at the staff roster, A8 at the session", () => {
    const result = validateSession(sampleSession.visits.slice(0, 5), {
      session: { start: "2026-09-01", end: "2027-07-16" },
      staff: sampleSession.staff,
      asOf: plainDate("2027-07-20"),
    });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.ruleId, d.path, d.source?.clause])).toEqual([
      ["lnct/summary-report", ["session", "summaryReport"], "A8"],
      ["highland/extended-sharing-twice", ["staff", 1], "H2"],
      ["highland/extended-sharing-twice", ["staff", 2], "H2"],
    ]);
    expect(validateSession(sampleSession.visits.slice(0, 5), { ...options, policy: lnctAgreement }).diagnostics).toEqual([]);
  });

  it("judges A0 on each school-improvement visit against the session given", () => {
    const improvement = { ...sampleVisit, relatesToSchoolImprovement: true, schoolImprovementAgreedOn: "2027-01-11" };
    const result = validateSession([improvement], { session: { start: "2026-09-01", end: "2027-07-16", summaryReport: { dueOn: "2027-06-25" } }, staff: [{ id: "t-chan" }], policy: lnctAgreement });
    expect(result.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ["lnct/school-improvement-agreed-at-session-start", ["visits", 0, "schoolImprovementAgreedOn"]],
    ]);
  });

  it("warns of a teacher counted in a visit who is not on the staff list, naming the teacher and the visit", () => {
    const peer = (id: string, name?: string) => ({ id, ...(name === undefined ? {} : { name }), role: "teacher", seniorPromoted: false });
    const visits = [
      ...sampleSession.visits,
      { id: "v-7", observedTeacher: { id: "t-chan", name: "Ms Chan" }, visitors: [peer("t-wnog", "Mr Wnog")], visitDay: "2027-05-04" },
      { observedTeacher: { id: "t-ho" }, visitors: [peer("t-lam"), { id: "s-1", role: "support-staff", seniorPromoted: false }], visitDay: "2027-05-05" },
      // Outside the session: not counted, so not reported.
      { observedTeacher: { id: "t-old" }, visitors: [peer("t-lam")], visitDay: "2025-05-05" },
    ];
    for (const policy of [classroomVisitPolicy, lnctAgreement]) {
      const result = validateSession(visits, { ...options, policy });
      const warnings = result.diagnostics.filter((d) => d.ruleId === "unknown-teacher");
      expect(warnings.map((d) => [d.severity, d.path])).toEqual([
        ["warning", ["visits", 6, "visitors", 0, "id"]],
        ["warning", ["visits", 7, "observedTeacher", "id"]],
      ]);
      expect(warnings[0]?.message).toContain("Mr Wnog");
      expect(warnings[0]?.message).toContain("v-7");
      expect(warnings[0]?.hint).toContain("t-wnog");
      expect(warnings[1]?.message).toContain("t-ho");
      expect(warnings[1]?.message).toContain("#8");
    }
    const chinese = validateSession(visits, { ...options, locale: zhHant }).diagnostics.find((d) => d.ruleId === "unknown-teacher");
    expect(chinese?.message).toContain("教職員名單");
    expect(chinese?.message).toContain("Mr Wnog");
  });

  it("reports invalid visits, session and staff with their paths, and then runs no cross-visit rule", () => {
    const result = validateSession([sampleSession.visits[0], { observedTeacher: { id: "t-chan" }, visitors: [] }], {
      session: { start: "2027-07-16", end: "2026-09-01" },
      staff: [{ id: "t-chan" }, { id: "t-chan" }],
    });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["schema/end-before-start", "session.end"],
      ["schema/duplicate-staff", "staff.1.id"],
      ["schema/too-small", "visits.1.visitors"],
    ]);
    expect(validateSession("visits", options).diagnostics.map((d) => d.path)).toEqual([["visits"]]);
  });

  it("never throws on arbitrary visits or options, and never changes them", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (visits, rest) => {
        const snapshot = fc.stringify([visits, rest]);
        const result = validateSession(visits, rest as never);
        expect(typeof result.ok).toBe("boolean");
        expect(fc.stringify([visits, rest])).toBe(snapshot);
      }),
    );
    expect(validateSession([], { ...options, policy: {} as Policy }).diagnostics.map((d) => d.ruleId)).toEqual(["schema/not-a-policy"]);
    expect(validateSession([], options).ok).toBe(true);
    expect(classroomVisitPolicy.rules["highland/extended-sharing-twice"]).toBe("warning");
  });

  it("counts school days on the calendar given, and reports a broken calendar with its path", () => {
    const calendar = defineSchoolCalendar({ name: "Harbour Secondary" });
    expect(validateSession(sampleSession.visits, { ...options, calendar })).toEqual(validateSession(sampleSession.visits, options));
    const broken = validateSession(sampleSession.visits, { ...options, calendar: { weekend: ["someday"] } as never });
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => d.path.join("."))).toEqual(["context.calendar.weekend.0"]);
  });
});

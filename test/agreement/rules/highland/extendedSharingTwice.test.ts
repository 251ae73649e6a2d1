import { describe, expect, it } from "vitest";
import { extendedSharingTwice } from "../../../../src/agreement/index.js";
import { sampleSession, sessionRecord } from "../../records.js";

describe("highland/extended-sharing-twice (H2)", () => {
  it("passes three teachers who each observe twice and are observed twice", () => {
    expect(extendedSharingTwice.check(sessionRecord())).toEqual([]);
  });

  it("warns about each teacher short of two, at their place in the roster", () => {
    // Without the last visit (Mr Wong observing Miss Lam): Mr Wong observes once, Miss Lam is observed once.
    const findings = extendedSharingTwice.check(sessionRecord({ visits: sampleSession.visits.slice(0, 5) }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source])).toEqual([
      ["highland/extended-sharing-twice", "warning", ["staff", 1], { document: "sharing-learning-experiences", clause: "H2" }],
      ["highland/extended-sharing-twice", "warning", ["staff", 2], { document: "sharing-learning-experiences", clause: "H2" }],
    ]);
    expect(findings[0]?.message).toBe(
      "Mr Wong takes part 1 time(s) as observer and 2 time(s) as observed in the session 2026/27; the routine asks for at least 2 of each.",
    );
  });

  it("counts only visits with a day inside the session", () => {
    const [first, ...rest] = sampleSession.visits;
    const outside = { ...first!, visitDay: "2027-08-02" };
    const { visitDay: _unscheduled, ...unscheduled } = first!;
    expect(extendedSharingTwice.check(sessionRecord({ visits: [outside, ...rest] })).map((f) => f.path)).toEqual([
      ["staff", 0],
      ["staff", 1],
    ]);
    expect(extendedSharingTwice.check(sessionRecord({ visits: [unscheduled, ...rest] }))).toHaveLength(2);
  });

  it("reports a teacher who takes no part, and follows the policy's count", () => {
    const withNewcomer = sessionRecord({ staff: [...sampleSession.staff, { id: "t-ho", name: "Mr Ho" }] });
    expect(extendedSharingTwice.check(withNewcomer).map((f) => f.message)).toEqual([
      "Mr Ho takes part 0 time(s) as observer and 0 time(s) as observed in the session 2026/27; the routine asks for at least 2 of each.",
    ]);
    expect(extendedSharingTwice.check(sessionRecord({ visits: sampleSession.visits.slice(0, 5) }), { options: { extendedSharingPerSession: 1 } })).toEqual([]);
  });
});

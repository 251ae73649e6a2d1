import { describe, expect, it } from "vitest";
import { concernResolvedAtSchoolLevel } from "../../../../src/agreement/index.js";
import { peerVisit, visit } from "../../records.js";

const concern = { raisedOn: "2027-03-19", about: "feedback given in front of pupils" };

describe("lnct/concern-resolved-at-school-level (A9)", () => {
  it("passes a concern resolved at school level, and an open concern before closure", () => {
    expect(
      concernResolvedAtSchoolLevel.check(visit({ concerns: [{ ...concern, resolution: { resolvedOn: "2027-03-22", level: "school" } }] })),
    ).toEqual([]);
    expect(concernResolvedAtSchoolLevel.check(visit({ closedOn: undefined, concerns: [concern] }))).toEqual([]);
  });

  it("warns about a concern resolved beyond school level, at its level", () => {
    const findings = concernResolvedAtSchoolLevel.check(
      visit({ concerns: [{ ...concern, resolution: { resolvedOn: "2027-04-20", level: "national" } }] }),
    );
    expect(findings.map((f) => [f.severity, f.path, f.source?.clause, f.message])).toEqual([
      [
        "warning",
        ["concerns", 0, "resolution", "level"],
        "A9",
        "The concern raised on 2027-03-19 (feedback given in front of pupils) was resolved at national level, not at school level.",
      ],
    ]);
  });

  it("warns about a concern still open at closure, peer visits included", () => {
    const findings = concernResolvedAtSchoolLevel.check(peerVisit({ visitDay: "2027-03-18", closedOn: "2027-03-26", concerns: [concern] }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [
        ["concerns", 0, "resolution"],
        "The concern raised on 2027-03-19 (feedback given in front of pupils) was still open when the record was closed on 2027-03-26.",
      ],
    ]);
  });
});

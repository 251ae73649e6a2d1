import { describe, expect, it } from "vitest";
import { basicDetailsConfirmed } from "../../../../src/agreement/index.js";
import { plan } from "../../records.js";

describe("sharing/basic-details-confirmed (S3)", () => {
  it("passes complete confirmed details, and partial details not yet confirmed", () => {
    expect(basicDetailsConfirmed.check(plan())).toEqual([]);
    expect(basicDetailsConfirmed.check(plan({ basicDetails: { date: "2027-03-18" }, content: undefined }))).toEqual([]);
    expect(basicDetailsConfirmed.check(plan({ basicDetails: undefined, content: undefined }))).toEqual([]);
  });

  it("reports each detail missing from a confirmation, at that detail", () => {
    const findings = basicDetailsConfirmed.check(plan({ basicDetails: { date: "2027-03-18", participants: 80, confirmedOn: "2026-12-04" } }));
    expect(findings.map((f) => [f.ruleId, f.path, f.source, f.message])).toEqual([
      [
        "sharing/basic-details-confirmed",
        ["basicDetails", "durationMinutes"],
        { document: "joint-school-sharing", clause: "S3" },
        "The basic details were confirmed on 2026-12-04 without the duration.",
      ],
      [
        "sharing/basic-details-confirmed",
        ["basicDetails", "medium"],
        { document: "joint-school-sharing", clause: "S3" },
        "The basic details were confirmed on 2026-12-04 without the medium of instruction.",
      ],
    ]);
  });
});

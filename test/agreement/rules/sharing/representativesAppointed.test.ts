import { describe, expect, it } from "vitest";
import { representativesAppointed } from "../../../../src/agreement/index.js";
import { plan } from "../../records.js";

describe("sharing/representatives-appointed (S1)", () => {
  it("passes schools that each named a representative", () => {
    expect(representativesAppointed.check(plan())).toEqual([]);
  });

  it("reports a school with no representative, listed empty or left out", () => {
    const findings = representativesAppointed.check(
      plan({
        schools: [
          { id: "harbour", name: "Harbour Secondary School", representatives: [] },
          { id: "hillside", name: "Hillside College" },
        ],
      }),
    );
    expect(findings.map((f) => [f.ruleId, f.path, f.source, f.message])).toEqual([
      [
        "sharing/representatives-appointed",
        ["schools", 0, "representatives"],
        { document: "joint-school-sharing", clause: "S1" },
        "Harbour Secondary School has no representative in the working group.",
      ],
      [
        "sharing/representatives-appointed",
        ["schools", 1, "representatives"],
        { document: "joint-school-sharing", clause: "S1" },
        "Hillside College has no representative in the working group.",
      ],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { coordinatorAppointed } from "../../../../src/agreement/index.js";
import { community } from "../../records.js";

describe("community/coordinator-appointed (L2)", () => {
  it("passes schools that each nominated a coordinator", () => {
    expect(coordinatorAppointed.check(community())).toEqual([]);
  });

  it("reports a school without a coordinator, at its coordinator", () => {
    const findings = coordinatorAppointed.check(
      community({
        schools: [
          { id: "harbour", name: "Harbour Secondary School", coordinator: { name: "Ms Chan" } },
          { id: "hillside", name: "Hillside College" },
        ],
      }),
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source, f.message])).toEqual([
      [
        "community/coordinator-appointed",
        "error",
        ["schools", 1, "coordinator"],
        { document: "learning-communities", clause: "L2" },
        "Hillside College has not nominated a coordinator.",
      ],
    ]);
  });
});

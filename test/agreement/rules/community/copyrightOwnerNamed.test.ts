import { describe, expect, it } from "vitest";
import { copyrightOwnerNamed } from "../../../../src/agreement/index.js";
import { community } from "../../records.js";

describe("community/copyright-owner-named (L5)", () => {
  it("passes shared resources that name their owner", () => {
    expect(copyrightOwnerNamed.check(community())).toEqual([]);
    expect(copyrightOwnerNamed.check(community({ resources: [{ title: "Fund toolkit", copyrightOwner: "Quality Education Fund" }] }))).toEqual([]);
  });

  it("reports a resource without an owner, at its copyrightOwner", () => {
    const findings = copyrightOwnerNamed.check(
      community({ resources: [{ title: "Reading roles cards", copyrightOwner: "Education Bureau and Harbour Secondary School" }, { title: "Word walls" }] }),
    );
    expect(findings.map((f) => [f.ruleId, f.path, f.source, f.message])).toEqual([
      [
        "community/copyright-owner-named",
        ["resources", 1, "copyrightOwner"],
        { document: "learning-communities", clause: "L5" },
        'The shared resource "Word walls" does not name its copyright owner.',
      ],
    ]);
  });
});

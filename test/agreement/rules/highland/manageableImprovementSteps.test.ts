import { describe, expect, it } from "vitest";
import { manageableImprovementSteps } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, sampleVisit, visit } from "../../records.js";

const steps = (count: number) => Array.from({ length: count }, (_, i) => ({ step: `Step ${i + 1}`, for: "observed" as const }));
const withSteps = (count: number) => visit({ dialogue: { ...sampleVisit.dialogue, improvementSteps: steps(count) } });

describe("highland/manageable-improvement-steps (H5)", () => {
  it("passes one to three steps", () => {
    for (const count of [1, 2, 3]) expect(manageableImprovementSteps.check(withSteps(count))).toEqual([]);
  });

  it("reports four steps, at dialogue.improvementSteps", () => {
    expect(manageableImprovementSteps.check(withSteps(4)).map((f) => [f.ruleId, f.path, f.source?.clause, f.message])).toEqual([
      [
        "highland/manageable-improvement-steps",
        ["dialogue", "improvementSteps"],
        "H5",
        "The dialogue agreed 4 improvement steps; a manageable number is at most 3.",
      ],
    ]);
  });

  it("reports a dialogue that agreed no step", () => {
    expect(manageableImprovementSteps.check(withSteps(0)).map((f) => f.message)).toEqual([
      "The dialogue agreed 0 improvement step(s); the policy asks for at least 1.",
    ]);
  });

  it("follows the policy's bounds", () => {
    const options = { improvementSteps: { min: 2, max: 5 } };
    expect(manageableImprovementSteps.check(withSteps(1), { options })).toHaveLength(1);
    expect(manageableImprovementSteps.check(withSteps(5), { options })).toEqual([]);
  });

  it("asks for steps when none are recorded, except in a peer visit or when none are required", () => {
    const dialogue = { heldOn: "2027-03-19" };
    expect(manageableImprovementSteps.check(managerVisit({ dialogue })).map((f) => f.message)).toEqual([
      "The record of the dialogue has no improvement steps.",
    ]);
    expect(manageableImprovementSteps.check(peerVisit({ dialogue }))).toEqual([]);
    expect(manageableImprovementSteps.check(managerVisit({ dialogue }), { options: { improvementSteps: { min: 0, max: 3 } } })).toEqual([]);
  });
});

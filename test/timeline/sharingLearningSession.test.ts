/**
 * The built-in template against the domain file (`../shared/DOMAIN.md`).
 */
import { describe, expect, it } from "vitest";
import { parsePlanTemplate, sharingLearningSession } from "../../src/timeline/index.js";

describe("sharingLearningSession (§2)", () => {
  it("has two cycles of discussion before (H4), lesson (H2) and dialogue after (H5)", () => {
    expect(sharingLearningSession.stages.map((stage) => stage.clause)).toEqual(["H4", "H2", "H5", "H5", "H4", "H2", "H5"]);
    expect(sharingLearningSession.stages.filter((stage) => stage.kind === "activity").map((stage) => stage.id)).toEqual(["lesson-1", "lesson-2"]);
  });

  it("is a valid template that survives a JSON round trip", () => {
    const result = parsePlanTemplate(JSON.parse(JSON.stringify(sharingLearningSession)));
    expect(result.value).toEqual(sharingLearningSession);
  });
});

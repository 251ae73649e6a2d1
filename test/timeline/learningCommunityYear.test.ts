/**
 * The built-in template against the domain file (`../shared/DOMAIN.md`).
 */
import { describe, expect, it } from "vitest";
import { learningCommunityYear, parsePlanTemplate } from "../../src/timeline/index.js";

describe("learningCommunityYear (§3)", () => {
  it("appoints the coordinator, meets regularly and shares at the year's end: L2, L3, L5", () => {
    expect(learningCommunityYear.stages.map((stage) => [stage.id, stage.clause, stage.duration])).toEqual([
      ["L2", "L2", { schoolDays: 10 }],
      ["L3", "L3", { months: 8 }],
      ["L5", "L5", { months: 1 }],
    ]);
  });

  it("is a valid template that survives a JSON round trip", () => {
    const result = parsePlanTemplate(JSON.parse(JSON.stringify(learningCommunityYear)));
    expect(result.value).toEqual(learningCommunityYear);
  });
});

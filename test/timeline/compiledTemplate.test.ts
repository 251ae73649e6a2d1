import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { jointSchoolSharing, peerCoachingProgramme, type PlanTemplate } from "../../src/timeline/index.js";
import { compiledTemplate, joinIds } from "../../src/timeline/compiledTemplate.js";

describe("compiledTemplate (internal)", () => {
  it("cuts the joint-school template into its six groups, with offsets and cited clauses", () => {
    const { groups } = compiledTemplate(jointSchoolSharing);
    expect(groups.map((group) => [group.id, group.first, group.end, group.label, group.offset, group.source?.clause])).toEqual([
      ["organisation", 0, 3, "S1, S2 and S3", { months: -3 }, "S1"],
      ["content", 3, 5, "S4 and S5", { months: -2 }, "S4"],
      ["materials", 5, 6, "S6", { months: -1 }, "S6"],
      ["arrangements", 6, 7, "S7", { weeks: -2 }, "S7"],
      ["activity-day", 7, 8, "S8", {}, "S8"],
      ["evaluation", 8, 9, "S9", { months: 1 }, "S9"],
    ]);
    expect(compiledTemplate(jointSchoolSharing)).toEqual(compiledTemplate(jointSchoolSharing));
  });

  it("keeps durations of forward templates", () => {
    expect(compiledTemplate(peerCoachingProgramme).groups[1]?.duration).toEqual({ months: { shortest: 1, longest: 2 } });
  });

  it("validates a template that did not come from definePlanTemplate", () => {
    const copy = JSON.parse(JSON.stringify(jointSchoolSharing)) as PlanTemplate;
    expect(compiledTemplate(copy).groups).toHaveLength(6);
    expect(() => compiledTemplate({ ...copy, stages: [] } as PlanTemplate)).toThrow(InvalidInputError);
  });

  it("joins ids for messages", () => {
    expect([joinIds([]), joinIds(["S6"]), joinIds(["S4", "S5"]), joinIds(["S1", "S2", "S3"])]).toEqual(["", "S6", "S4 and S5", "S1, S2 and S3"]);
  });
});

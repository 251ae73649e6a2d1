/**
 * The built-in template against the domain file (`../shared/DOMAIN.md`).
 */
import { describe, expect, it } from "vitest";
import { jointSchoolSharing } from "../../src/timeline/index.js";

describe("jointSchoolSharing (§1)", () => {
  it("has S1…S9 in order, each depending on the one before", () => {
    expect(jointSchoolSharing.stages.map((stage) => stage.id)).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"]);
    jointSchoolSharing.stages.forEach((stage, i) => {
      expect(stage.clause).toBe(stage.id);
      expect(stage.dependsOn).toEqual(i === 0 ? [] : [`S${i}`]);
    });
  });

  it("opens S1–S3 at T − 3 months, S4–S5 at T − 2 months, S6 at T − 1 month, S7 at T − 2 weeks, S8 on T, S9 by T + 1 month", () => {
    expect(jointSchoolSharing.stages.map((stage) => [stage.id, stage.group, stage.offset])).toEqual([
      ["S1", "organisation", { months: -3 }],
      ["S2", "organisation", undefined],
      ["S3", "organisation", undefined],
      ["S4", "content", { months: -2 }],
      ["S5", "content", undefined],
      ["S6", "materials", { months: -1 }],
      ["S7", "arrangements", { weeks: -2 }],
      ["S8", "activity-day", {}],
      ["S9", "evaluation", { months: 1 }],
    ]);
    expect(jointSchoolSharing.stages.filter((stage) => stage.kind !== "task").map((stage) => [stage.id, stage.kind])).toEqual([
      ["S7", "busy"],
      ["S8", "activity"],
    ]);
  });

  it("gives S8 no internal work, as the source", () => {
    expect(jointSchoolSharing.stages[7]?.tasks).toEqual({ external: ["Host the activity"], internal: [] });
  });
});

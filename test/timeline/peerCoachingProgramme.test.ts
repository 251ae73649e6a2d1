/**
 * The built-in template against the domain file (`../shared/DOMAIN.md`).
 */
import { describe, expect, it } from "vitest";
import { peerCoachingProgramme } from "../../src/timeline/index.js";

describe("peerCoachingProgramme (§4)", () => {
  it("alternates four sessions (a full day, then half days) with phases of 1–2, 3 and 3 months", () => {
    expect(peerCoachingProgramme.stages.map((stage) => [stage.id, stage.duration, stage.kind])).toEqual([
      ["P1", { session: "full-day" }, "activity"],
      ["P2", { months: { shortest: 1, longest: 2 } }, "task"],
      ["P3", { session: "half-day" }, "activity"],
      ["P4", { months: 3 }, "task"],
      ["P5", { session: "half-day" }, "activity"],
      ["P6", { months: 3 }, "task"],
      ["P7", { session: "half-day" }, "activity"],
    ]);
  });
});

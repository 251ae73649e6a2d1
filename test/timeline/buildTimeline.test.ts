import { describe, expect, it } from "vitest";
import { plainDate } from "../../src/calendar/index.js";
import { jointSchoolSharing } from "../../src/timeline/index.js";
import { buildTimeline } from "../../src/timeline/buildTimeline.js";
import { compiledTemplate } from "../../src/timeline/compiledTemplate.js";

const days = ["2026-12-18", "2027-01-18", "2027-02-18", "2027-03-04", "2027-03-18", "2027-03-19"].map(plainDate);
const dues = ["2027-01-15", "2027-02-17", "2027-03-03", "2027-03-17", "2027-03-18", "2027-04-16"].map(plainDate);

describe("buildTimeline (internal)", () => {
  it("gives every stage its group's dates, and sets only the details given", () => {
    const timeline = buildTimeline(compiledTemplate(jointSchoolSharing), plainDate("2027-03-18"), {}, days, dues, []);
    expect(timeline.stages.map((stage) => `${stage.id}:${stage.opensOn}`)).toEqual([
      "S1:2026-12-18",
      "S2:2026-12-18",
      "S3:2026-12-18",
      "S4:2027-01-18",
      "S5:2027-01-18",
      "S6:2027-02-18",
      "S7:2027-03-04",
      "S8:2027-03-18",
      "S9:2027-03-19",
    ]);
    expect(Object.keys(timeline).sort()).toEqual(["anchorDay", "diagnostics", "document", "planId", "schedule", "stages", "templateId", "title"]);
    expect(timeline.planId).toBe("joint-school-sharing-2027-03-18");
    expect(timeline.stages[0]).not.toHaveProperty("status");
  });

  it("judges statuses and carries the plan's details", () => {
    const timeline = buildTimeline(
      compiledTemplate(jointSchoolSharing),
      plainDate("2027-03-18"),
      { asOf: plainDate("2027-03-18"), planId: "p", school: "s", people: ["x"] },
      days,
      dues,
      [],
    );
    expect(timeline).toMatchObject({ asOf: "2027-03-18", planId: "p", school: "s", people: ["x"] });
    expect(timeline.stages[7]?.status).toBe("open");
  });
});

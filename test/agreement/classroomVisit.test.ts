import { describe, expect, it } from "vitest";
import { ClassroomVisitSchema, ConcernLevelSchema, NotesKindSchema, StaffRefSchema, VisitorSchema } from "../../src/agreement/index.js";
import { sampleVisit } from "./records.js";

describe("ClassroomVisitSchema", () => {
  it("accepts a visit at every stage, from a proposal to a closed record", () => {
    const proposal = {
      observedTeacher: { id: "t-chan" },
      visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
      proposedOn: "2027-02-22",
    };
    expect(ClassroomVisitSchema.safeParse(proposal).success).toBe(true);
    expect(ClassroomVisitSchema.safeParse(sampleVisit).success).toBe(true);
  });

  it("trims text and keeps days as plain dates", () => {
    const parsed = ClassroomVisitSchema.parse({ ...sampleVisit, observedTeacher: { id: " t-chan ", name: "Ms Chan " } });
    expect(parsed.observedTeacher).toEqual({ id: "t-chan", name: "Ms Chan" });
    expect(parsed.visitDay).toBe("2027-03-18");
  });

  it("refuses unknown keys, empty text, impossible days and out-of-range numbers, with their paths", () => {
    const result = ClassroomVisitSchema.safeParse({
      ...sampleVisit,
      visitday: "2027-03-18",
      focus: { ...sampleVisit.focus, areas: [], feedbackArrangement: "  " },
      length: { minutes: 0, agreedOn: "2027-3-4" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "focus.areas",
      "focus.feedbackArrangement",
      "length.minutes",
      "length.agreedOn",
      "",
    ]);
  });

  it("names the kinds of notes and the levels of resolution", () => {
    expect(NotesKindSchema.options).toEqual(["none", "informal", "brief-record", "tick-box"]);
    expect(ConcernLevelSchema.options).toEqual(["school", "education-authority", "national"]);
    expect(VisitorSchema.safeParse({ id: "x", role: "teacher" }).success).toBe(false);
    expect(StaffRefSchema.safeParse({ id: "" }).error?.issues[0]?.message).toBe("agreement/schema.id");
  });
});

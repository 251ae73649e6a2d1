import { describe, expect, it } from "vitest";
import { classroomVisitPolicy, highlandSharing, lnctAgreement } from "../../../src/agreement/index.js";

describe("classroomVisitPolicy", () => {
  it("is the LNCT agreement and the sharing routine together", () => {
    expect(classroomVisitPolicy.name).toBe("classroom-visits");
    expect(classroomVisitPolicy.rules).toEqual({ ...lnctAgreement.rules, ...highlandSharing.rules });
    expect(Object.keys(classroomVisitPolicy.rules)).toHaveLength(18);
  });
});

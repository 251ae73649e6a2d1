import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definePolicy, learningCommunityService, validateCommunity } from "../../src/agreement/index.js";
import { plainDate } from "../../src/calendar/index.js";
import { sampleCommunity } from "./records.js";

describe("validateCommunity", () => {
  it("passes the sample community", () => {
    expect(validateCommunity(sampleCommunity)).toMatchObject({ ok: true, diagnostics: [] });
  });

  it("runs the community rules of the policy, judged as of the day given", () => {
    const community = {
      name: "Reading",
      period: { start: "2026-09-01", end: "2027-07-16" },
      schools: [{ id: "harbour", name: "Harbour Secondary School" }],
      media: [{ school: "harbour", kind: "video", collectedOn: "2026-10-15" }],
      resources: [{ title: "Word walls" }],
    };
    const result = validateCommunity(community, learningCommunityService, { asOf: plainDate("2026-12-01") });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join("."), d.source?.clause])).toEqual([
      ["community/coordinator-appointed", "schools.0.coordinator", "L2"],
      ["community/regular-meetings", "schools.0", "L3"],
      ["community/media-consent", "media.0.consent", "L4"],
      ["community/copyright-owner-named", "resources.0.copyrightOwner", "L5"],
    ]);
    const lenient = definePolicy({ extends: learningCommunityService, rules: { "community/copyright-owner-named": "warning" } });
    expect(validateCommunity({ ...community, media: [] }, lenient).diagnostics.map((d) => d.severity)).toEqual(["error", "warning"]);
  });

  it("refuses meetings, media and resources of an unknown school, and duplicate schools", () => {
    const result = validateCommunity({
      ...sampleCommunity,
      schools: [...sampleCommunity.schools, { id: "harbour", name: "Harbour again" }],
      meetings: [{ school: "hilside", heldOn: "2026-09-24" }],
    });
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["schema/duplicate-school", "schools.2.id"],
      ["schema/unknown-school", "meetings.0.school"],
    ]);
    expect(result.diagnostics[1]?.hint).toBe("Use one of: harbour, hillside.");
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validateCommunity(input).ok).toBe(false);
      }),
    );
  });
});

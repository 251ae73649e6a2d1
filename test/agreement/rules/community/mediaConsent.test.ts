import { describe, expect, it } from "vitest";
import { mediaConsent } from "../../../../src/agreement/index.js";
import { plainDate } from "../../../../src/calendar/index.js";
import { community } from "../../records.js";

const L4 = { document: "learning-communities", clause: "L4" };

describe("community/media-consent (L4)", () => {
  it("passes material collected with consent recorded before, or on the day", () => {
    expect(mediaConsent.check(community())).toEqual([]);
    const sameDay = community({
      media: [{ school: "harbour", kind: "student-work", collectedOn: "2026-10-15", consent: { recordedOn: "2026-10-15", givenBy: "Principal" } }],
    });
    expect(mediaConsent.check(sameDay)).toEqual([]);
  });

  it("reports material collected without consent, at its consent", () => {
    const findings = mediaConsent.check(community({ media: [{ school: "hillside", kind: "photograph", collectedOn: "2026-10-16" }] }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source, f.message])).toEqual([
      [
        "community/media-consent",
        "error",
        ["media", 0, "consent"],
        L4,
        "The photograph collected at Hillside College on 2026-10-16 has no recorded consent.",
      ],
    ]);
  });

  it("reports consent recorded after the material was collected", () => {
    const late = community({
      media: [{ school: "harbour", kind: "video", collectedOn: "2026-10-15", consent: { recordedOn: "2026-10-20", givenBy: "Principal" } }],
    });
    expect(mediaConsent.check(late).map((f) => [f.path, f.message])).toEqual([
      [["media", 0, "consent", "recordedOn"], "Consent for the video clip collected on 2026-10-15 was recorded on 2026-10-20, after it was collected."],
    ]);
  });

  it("names material by its school's id when the community does not list that school (a record checked unvalidated)", () => {
    // The schema refuses an unknown school; a record built in code and checked directly may still have one.
    const findings = mediaConsent.check({ ...community(), media: [{ school: "riverside", kind: "photograph", collectedOn: plainDate("2026-10-16") }] });
    expect(findings.map((f) => f.message)).toEqual(["The photograph collected at riverside on 2026-10-16 has no recorded consent."]);
  });
});

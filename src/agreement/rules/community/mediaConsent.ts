import { sampleCommunity, communityWith } from "../../exampleRecords.js";
import { agreementMessages } from "../../messages.js";
import { defineRule } from "../../rule.js";

/**
 * L4: schools allow support officers to collect materials (video clips,
 * photographs, teachers' reflections, student work) for professional
 * discussion. Each item collected has the school's consent, recorded on or
 * before the day it was collected.
 *
 * @example
 * ```ts
 * import { mediaConsent } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const [finding] = mediaConsent.check({
 *   name: "Reading",
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   media: [{ school: "harbour", kind: "video", collectedOn: plainDate("2026-10-15") }],
 * });
 * finding?.path; // ["media", 0, "consent"]
 * ```
 */
export const mediaConsent = /* @__PURE__ */ defineRule({
  id: "community/media-consent",
  subject: "community",
  defaultSeverity: "error",
  source: { document: "learning-communities", clause: "L4" },
  description: agreementMessages["community/media-consent"],
  examples: {
    passing: { input: sampleCommunity },
    failing: {
      input: communityWith({
        media: [{ school: "hillside", kind: "photograph", collectedOn: "2026-10-16" }],
      }),
    },
  },
  inspect(community, _inspection, findings) {
    const names = new Map(community.schools.map((school) => [school.id, school.name]));
    community.media?.forEach((item, index) => {
      const kind = findings.word(`media.${item.kind}`);
      if (item.consent === undefined) {
        findings.missing(
          ["media", index, "consent"],
          "consent-missing",
          { kind, school: names.get(item.school) ?? item.school, collectedOn: item.collectedOn },
        );
      } else if (item.consent.recordedOn > item.collectedOn) {
        findings.breach(
          ["media", index, "consent", "recordedOn"],
          "consent-late",
          { kind, collectedOn: item.collectedOn, recordedOn: item.consent.recordedOn },
        );
      }
    });
  },
});

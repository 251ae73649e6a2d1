import { describe, expect, it } from "vitest";
import { jointSchoolSharing, learningCommunityYear, peerCoachingProgramme, sharingLearningSession } from "../../src/timeline/index.js";
import { templateTexts, timelineMessages } from "../../src/timeline/messages.js";
import { placeholdersOf } from "../../src/text/formatMessage.js";

describe("the timeline message catalogue", () => {
  it("has a sentence for every key, with well-formed placeholders", () => {
    for (const [key, template] of Object.entries(timelineMessages)) {
      expect(template.trim().length, key).toBeGreaterThan(0);
      expect(template.replace(/\{\w+\}/g, ""), key).not.toMatch(/[{}]/);
    }
    expect(placeholdersOf(timelineMessages["activity-day-closed"])).toEqual(["closure", "day"]);
  });

  it("holds the title and tasks of every stage of every built-in template, and nothing else", () => {
    for (const template of [jointSchoolSharing, peerCoachingProgramme, learningCommunityYear, sharingLearningSession]) {
      const texts = templateTexts[template.id as keyof typeof templateTexts];
      expect(template.title).toBe(texts.title);
      expect(Object.keys(texts.stages)).toEqual(template.stages.map((stage) => stage.id));
      for (const stage of template.stages) {
        const text = texts.stages[stage.id as keyof typeof texts.stages] as { title: string; external: readonly string[]; internal: readonly string[] };
        expect(stage.title).toBe(text.title);
        expect(stage.tasks).toEqual({ external: [...text.external], internal: [...text.internal] });
      }
    }
  });
});

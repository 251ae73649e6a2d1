import { describe, expect, it } from "vitest";
import { withTexts } from "../../src/timeline/withTexts.js";

const texts = {
  title: "Visit",
  stages: { before: { title: "課前討論", external: [], internal: ["Agree the focus"] } },
};

describe("withTexts (internal)", () => {
  it("takes titles and tasks from a catalogue by stage id, copying the lists", () => {
    const [stage] = withTexts<{ id: string; title: string; offset: object; tasks: { external: string[]; internal: string[] } }>(texts, [{ id: "before", offset: { days: -7 } }]);
    expect(stage).toEqual({ id: "before", offset: { days: -7 }, title: "課前討論", tasks: { external: [], internal: ["Agree the focus"] } });
    expect(stage?.tasks.internal).not.toBe(texts.stages.before.internal);
  });

  it("refuses a stage the catalogue lacks", () => {
    expect(() => withTexts(texts, [{ id: "after" }])).toThrow('No text for stage after in the catalogue of "Visit".');
  });
});

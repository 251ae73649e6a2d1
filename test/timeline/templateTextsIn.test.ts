import { describe, expect, it } from "vitest";
import { definePlanTemplate, jointSchoolSharing, learningCommunityYear, templateTexts } from "../../src/timeline/index.js";
import { compiledTemplate } from "../../src/timeline/compiledTemplate.js";
import { textsIn } from "../../src/timeline/templateTextsIn.js";

describe("textsIn (internal)", () => {
  it("leaves English to the template itself", () => {
    expect(textsIn(compiledTemplate(jointSchoolSharing), "en")).toBeUndefined();
  });

  it("translates a built-in template", () => {
    const compiled = compiledTemplate(learningCommunityYear);
    const texts = textsIn(compiled, "zh-Hant");
    expect(texts?.title).toBe("學習社群學年");
    expect(texts?.stages.map((stage) => stage.title)).toEqual(["委派課程領導人員及統籌教師", "定期校內會議", "年終經驗分享"]);
    expect(texts?.stages[0]?.tasks).toEqual({ external: ["委派統籌教師，負責與支援人員保持聯絡"], internal: ["委派參與學習社群的課程領導人員"] });
    expect(textsIn(compiled, "zh-Hant")).toEqual(texts);
    expect(Object.isFrozen(texts?.stages[0]?.tasks.external)).toBe(true);
  });

  it("translates only what keeps the built-in wording: a retitled stage or changed tasks stay as written", () => {
    const { S1, S8 } = templateTexts["joint-school-sharing"].stages;
    const variant = definePlanTemplate({
      id: "joint-school-sharing",
      title: "Science sharing day",
      schedule: "backward",
      stages: [
        { id: "S1", title: S1.title, offset: { months: -2 }, tasks: { external: ["Invite the science panels"], internal: [...S1.internal] } },
        { id: "S8", title: "Science sharing day", offset: {}, dependsOn: ["S1"], tasks: { external: [...S8.external], internal: [] }, kind: "activity" },
        { id: "extra", title: "Tidy the labs", offset: { days: 1 }, dependsOn: ["S8"] },
      ],
    });
    const texts = textsIn(compiledTemplate(variant), "zh-Hant");
    expect(texts?.title).toBe("Science sharing day");
    expect(texts?.stages.map((stage) => stage.title)).toEqual(["組織工作小組", "Science sharing day", "Tidy the labs"]);
    expect(texts?.stages[0]?.tasks.external).toEqual(["Invite the science panels"]);
    expect(texts?.stages[1]?.tasks).toEqual({ external: ["主辦活動"], internal: [] });
  });
});

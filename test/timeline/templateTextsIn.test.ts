import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { en, type CollegiateLocale } from "../../src/text/locale.js";
import { compiledTemplate } from "../../src/timeline/compiledTemplate.js";
import { definePlanTemplate, jointSchoolSharing, learningCommunityYear, scheduleBackward } from "../../src/timeline/index.js";
import { templateTexts } from "../../src/timeline/messages.js";
import { templateTextCode, templateTextCodes } from "../../src/timeline/templateTextCodes.js";
import { textsIn } from "../../src/timeline/templateTextsIn.js";
import { defineSchoolCalendar } from "../../src/calendar/index.js";

describe("textsIn (internal)", () => {
  it("leaves English to the template itself", () => {
    const texts = textsIn(compiledTemplate(jointSchoolSharing), en);
    expect(texts?.title).toBe(jointSchoolSharing.title);
    expect(texts?.stages.map((stage) => stage.title)).toEqual(jointSchoolSharing.stages.map((stage) => stage.title));
    expect(texts?.stages.map((stage) => stage.tasks)).toEqual(jointSchoolSharing.stages.map((stage) => stage.tasks));
  });

  it("leaves a template that is not built in to its own words", () => {
    const own = definePlanTemplate({ id: "open-day", title: "Open day", schedule: "backward", stages: [{ id: "day", title: "Open day", offset: {} }] });
    expect(textsIn(compiledTemplate(own), zhHant)).toBeUndefined();
  });

  it("translates a built-in template from the locale's messages", () => {
    const compiled = compiledTemplate(learningCommunityYear);
    const texts = textsIn(compiled, zhHant);
    expect(texts?.title).toBe("學習社群學年");
    expect(texts?.stages.map((stage) => stage.title)).toEqual(["委派課程領導人員及統籌教師", "定期校內會議", "年終經驗分享"]);
    expect(texts?.stages[0]?.tasks).toEqual({ external: ["委派統籌教師，負責與支援人員保持聯絡"], internal: ["委派參與學習社群的課程領導人員"] });
    expect(textsIn(compiled, zhHant)).toEqual(texts);
    expect(Object.isFrozen(texts?.stages[0]?.tasks.external)).toBe(true);
  });

  it("reads the codes template/<id>/<stage>/title|external|internal, tasks as lines, English where the locale has none", () => {
    const pirate: CollegiateLocale = {
      code: "en-x-pirate",
      messages: {
        [templateTextCode("joint-school-sharing", undefined, "title")]: "Sharin' o' the schools",
        [templateTextCode("joint-school-sharing", "S1", "title")]: "Musterin' the crew",
        [templateTextCode("joint-school-sharing", "S1", "external")]: "Hail the other ships\nSplit the plunder",
        [templateTextCode("joint-school-sharing", "S8", "internal")]: "",
      },
    };
    const texts = textsIn(compiledTemplate(jointSchoolSharing), pirate);
    expect(texts?.title).toBe("Sharin' o' the schools");
    expect(texts?.stages[0]).toEqual({
      title: "Musterin' the crew",
      tasks: { external: ["Hail the other ships", "Split the plunder"], internal: jointSchoolSharing.stages[0]?.tasks.internal },
    });
    expect(texts?.stages[1]).toEqual({ title: jointSchoolSharing.stages[1]?.title, tasks: jointSchoolSharing.stages[1]?.tasks });
    expect(texts?.stages[7]?.tasks.internal).toEqual([]);
  });

  it("reads the locale on every call: a locale changed after a first schedule is seen", () => {
    const messages: Record<string, string> = { [templateTextCode("joint-school-sharing", "S1", "title")]: "First" };
    const mutable: CollegiateLocale = { code: "x-test", messages };
    const calendar = defineSchoolCalendar({});
    expect(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, locale: mutable }).stages[0]?.title).toBe("First");
    messages[templateTextCode("joint-school-sharing", "S1", "title")] = "Second";
    expect(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, locale: mutable }).stages[0]?.title).toBe("Second");
  });

  it("ignores a code inherited from Object.prototype or a text that is not a string", () => {
    const odd = { code: "x-odd", messages: { [templateTextCode("joint-school-sharing", undefined, "title")]: 42 } } as unknown as CollegiateLocale;
    expect(textsIn(compiledTemplate(jointSchoolSharing), odd)?.title).toBe(jointSchoolSharing.title);
  });

  it("zhHant holds every text of every built-in template under its code", () => {
    for (const code of Object.keys(templateTextCodes(templateTexts))) expect(Object.hasOwn(zhHant.messages, code), code).toBe(true);
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
    const texts = textsIn(compiledTemplate(variant), zhHant);
    expect(texts?.title).toBe("Science sharing day");
    expect(texts?.stages.map((stage) => stage.title)).toEqual(["組織工作小組", "Science sharing day", "Tidy the labs"]);
    expect(texts?.stages[0]?.tasks.external).toEqual(["Invite the science panels"]);
    expect(texts?.stages[1]?.tasks).toEqual({ external: ["主辦活動"], internal: [] });
  });
});

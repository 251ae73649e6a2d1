import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";
import { classroomVisitPolicy, lnctAgreement } from "../../src/agreement/index.js";
import { readCalendar, readDay, readDocument, readPolicy, readSurvey, readTemplate } from "../../src/cli/inputs.js";
import { jointSchoolEvaluationSurvey, localizeSurvey } from "../../src/feedback/index.js";
import { jointSchoolSharing } from "../../src/timeline/index.js";
import { memoryHost } from "../support/cliHost.js";

const host = memoryHost(
  {
    "bad.calendar.json": { terms: [{ name: "T", start: "2027-01-10", end: "2026-12-20" }] },
    "strict.policy.json": { extends: "lnct-agreement", rules: { "lnct/active-part-offered": "error" } },
    "odd.template.json": { id: "t", title: "T", schedule: "forward", stages: [] },
  },
  '{ "weekend": ["sunday"] }',
);

describe("reading inputs", () => {
  it("reads standard input for -", async () => {
    expect(await readDocument(host, "-", en)).toEqual({ file: "standard input", value: { weekend: ["sunday"] } });
  });

  it("refuses a calendar with problems, naming the file and the path of each", async () => {
    await expect(readCalendar(host, "bad.calendar.json", en)).rejects.toThrow(
      "bad.calendar.json: terms.0.end: The term ends on 2026-12-20, before it starts on 2027-01-10.",
    );
    await expect(readCalendar(host, "missing.calendar.json", en)).rejects.toThrow("missing.calendar.json: no such file or directory");
  });

  it("takes built-in policies, templates and surveys by name, and others from files", async () => {
    expect(await readPolicy(host, "classroom-visits", en)).toBe(classroomVisitPolicy);
    expect((await readPolicy(host, "strict.policy.json", en)).rules["lnct/active-part-offered"]).toBe("error");
    expect((await readPolicy(host, "strict.policy.json", en)).rules["lnct/purpose-shared"]).toBe(lnctAgreement.rules["lnct/purpose-shared"]);
    expect(await readTemplate(host, "joint-school-sharing", en)).toBe(jointSchoolSharing);
    expect(await readSurvey(host, "joint-school-evaluation", en)).toBe(jointSchoolEvaluationSurvey);
  });

  it("refuses unknown names with the built-in ones, and invalid files with their problems", async () => {
    await expect(readPolicy(host, "lnct", en)).rejects.toThrow('--policy: unknown policy "lnct": give a built-in policy (lnct-agreement, ');
    await expect(readTemplate(host, "sharing-day", en)).rejects.toThrow('--template: unknown template "sharing-day"');
    await expect(readSurvey(host, "wows", en)).rejects.toThrow('--survey: unknown survey "wows"');
    await expect(readTemplate(host, "odd.template.json", en)).rejects.toThrow(/^odd\.template\.json: stages: /);
  });

  it("reads days, naming the option of an impossible one", () => {
    expect(readDay("--as-of", "2027-03-18", en)).toBe("2027-03-18");
    expect(() => readDay("--as-of", "2027-02-29", en)).toThrow("--as-of: expected a day as YYYY-MM-DD: 2027-02-29 is not a real day: 2027 is not a leap year.");
  });

  it("explains a file it cannot read with the system's code", async () => {
    const unreadable = { ...host, readText: () => { throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }); } };
    await expect(readDocument(unreadable, "locked.visit.json", en)).rejects.toThrow("locked.visit.json: cannot be read: EACCES");
    await expect(readDocument(unreadable, "locked.visit.json", zhHant)).rejects.toThrow("locked.visit.json: 無法讀取：EACCES");
  });
});

describe("reading inputs in Traditional Chinese", () => {
  it("names standard input and missing files in Chinese", async () => {
    expect(await readDocument(host, "-", zhHant)).toEqual({ file: "標準輸入", value: { weekend: ["sunday"] } });
    await expect(readCalendar(host, "missing.calendar.json", zhHant)).rejects.toThrow("missing.calendar.json: 找不到這個檔案或資料夾");
  });

  it("gives the library's own findings in Chinese", async () => {
    // The calendar catalogue's term.end-before-start: 學期的結束日{end}早於開始日{start}。
    await expect(readCalendar(host, "bad.calendar.json", zhHant)).rejects.toThrow("bad.calendar.json: terms.0.end: 學期的結束日2026-12-20早於開始日2027-01-10。");
    // The calendar catalogue's plain-date.not-a-day and plain-date.not-leap-year.
    expect(() => readDay("--as-of", "2027-02-29", zhHant)).toThrow("--as-of: 日期應為 YYYY-MM-DD 格式：2027-02-29不是真實存在的日子：2027年不是閏年。");
  });

  it("lists the built-in names with the Chinese list mark, and gives the Chinese edition of a built-in survey", async () => {
    await expect(readSurvey(host, "wows", zhHant)).rejects.toThrow("--survey: 不明的問卷「wows」：請提供內置問卷（joint-school-evaluation、wows-and-wonders）或問卷檔案");
    const survey = await readSurvey(host, "joint-school-evaluation", zhHant);
    expect(survey).toEqual(localizeSurvey(jointSchoolEvaluationSurvey, zhHant));
    expect(survey.title).toBe("聯校專業分享活動：評估問卷");
  });
});

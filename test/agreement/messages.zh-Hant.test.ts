/**
 * Observation-agreement validation in Traditional Chinese. Each expected
 * sentence is the catalogue's template filled by hand with the record's values.
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import {
  definePolicy,
  lnctAgreement,
  parsePolicy,
  renderRuleReference,
  trustedPartner,
  validatePlan,
  validateSession,
  validateVisit,
} from "../../src/agreement/index.js";
import { plainDate } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";

const zh = { locale: zhHant };

describe("agreement findings in Traditional Chinese", () => {
  it("reports a visit's breaches with Chinese messages and hints, and the same rule ids, paths and clauses", () => {
    const visit = {
      observedTeacher: { id: "t-chan", name: "陳老師" },
      visitors: [{ id: "m-lee", name: "李主任", role: "school-manager", seniorPromoted: true }],
      visitDay: "2027-03-18",
      timingAgreedOn: "2027-03-04",
      observation: { notes: "tick-box" },
    };
    const english = validateVisit(visit, lnctAgreement);
    const chinese = validateVisit(visit, lnctAgreement, zh);
    expect(chinese.diagnostics.map(({ ruleId, path, source, severity }) => ({ ruleId, path, source, severity }))).toEqual(
      english.diagnostics.map(({ ruleId, path, source, severity }) => ({ ruleId, path, source, severity })),
    );
    expect(chinese.diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ["2027-03-18的觀課沒有記錄觀課目的：所有參與者都必須知道觀課的原因。", "請在觀課前把觀課目的告知被觀課教師及每位觀課者。"],
      ["2027-03-18的觀課前未有議定觀課重點及回饋安排。", "請在觀課前議定觀課重點及回饋方式。"],
      ["2027-03-18觀課者留在課室的時間未有預先議定。", "請與任課教師議定觀課者留在課室的時間，並按此執行。"],
      ["沒有記錄觀課者是否獲邀積極參與課堂。", "請讓觀課者有機會積極參與課堂。"],
      ["課堂筆記以剔選表格記錄。", "請以非正式筆記支援專業對話；避免使用剔選表格及評級。"],
    ]);
  });

  it("writes words for values and lists in Chinese", () => {
    const findings = trustedPartner.check(
      {
        observedTeacher: { id: "t-chan", name: "陳老師" },
        visitors: [{ id: "p-ho", name: "何同學", role: "pupil", seniorPromoted: false, trustedByTeacher: true }],
        visitDay: plainDate("2027-03-18"),
      },
      zh,
    );
    expect(findings[0]?.message).toBe("何同學以學生身分參與，並非這個規則集容許的夥伴類別（本校教師、聯繫學校群組（ASG）的教師、學校管理人員或質素改進主任）。");
  });

  it("writes schema problems in Chinese: the library's sentences and zod's own", () => {
    const result = validateVisit({ visitors: [] }, lnctAgreement, zh);
    expect(result.diagnostics.map((d) => [d.path.join("."), d.message])).toEqual([
      ["observedTeacher", "無效的輸入值：預期為 object，但收到 undefined"],
      ["visitors", "觀課最少要有一位觀課者。"],
    ]);
    const plan = validatePlan({ schools: [{ id: "harbour", name: "海港中學" }, { id: "harbour", name: "海港中學" }] }, undefined, zh);
    expect(plan.diagnostics.map((d) => d.message)).toEqual(["學校harbour重複列出。"]);
  });

  it("judges a whole session in Chinese", () => {
    const result = validateSession([], { session: { name: "2026/27", start: "2026-09-01", end: "2027-07-16" }, staff: [{ id: "t-chan", name: "陳老師" }], ...zh });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "學年2026/27沒有觀課結果摘要報告，既未完成，亦未訂限期。",
      "陳老師在學年2026/27以觀課者身分參與0次、以被觀課者身分參與0次；常規要求兩者各最少2次。",
    ]);
  });

  it("reports an unknown locale in the context as a diagnostic, never an exception", () => {
    const result = validateVisit({}, lnctAgreement, { locale: "zh-HK" as never });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([["schema/custom", "context.locale"]]);
    expect(result.diagnostics[0]?.code).toBe("diagnostics/locale.unknown");
  });
});

describe("policies in Traditional Chinese", () => {
  it("names an unknown rule and an unknown built-in policy", () => {
    const result = parsePolicy({ extends: "lnct", rules: { "lnct/focus-agreed-before-vist": "warning" } }, zh);
    expect(result.diagnostics.map((d) => [d.path.join("."), d.message])).toEqual([
      ["rules.lnct/focus-agreed-before-vist", '沒有規則"lnct/focus-agreed-before-vist"。'],
      ["extends.0", '沒有內置規則集"lnct"。'],
    ]);
    expect(result.diagnostics[1]?.hint).toBe(
      "內置規則集：lnct-agreement, highland-sharing, learning-community-service, joint-school-sharing, classroom-visits。",
    );
    expect(parsePolicy({ extends: "lnct" }).diagnostics[0]?.hint).toBe(
      "Built-in policies: lnct-agreement, highland-sharing, learning-community-service, joint-school-sharing, classroom-visits.",
    );
  });

  it("throws from definePolicy with a Chinese first line", () => {
    try {
      definePolicy({ rules: { "lnct/nothing": "error" } as never }, zh);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toBe('規則集無效：共1個問題\n  - rules.lnct/nothing: 沒有規則"lnct/nothing"。');
    }
  });
});

describe("the rule reference in Traditional Chinese", () => {
  it("has Chinese headings, descriptions and reports, with rule ids, clauses and severities as they are", () => {
    const page = renderRuleReference(undefined, zh);
    expect(page.split("\n")[0]).toBe("# 觀課協議規則");
    expect(page).toContain("## 規則一覽\n\n| 規則 | 預設嚴重程度 | 條文 | 檢查對象 |");
    expect(page).toContain("| `lnct/focus-agreed-before-visit` | error | A3 | 課堂觀課 |");
    expect(page).toContain(
      [
        "### `lnct/focus-agreed-before-visit`",
        "觀課一經安排，須於觀課當日或之前議定觀課重點及回饋安排。",
        "預設嚴重程度：**error**。條文：**A3**，《LNCT Agreement on Sharing Classroom Experience》。所屬內置規則集：`lnct-agreement`、`classroom-visits`。",
        "**通過：** 未經修改的樣本課堂觀課。",
      ].join("\n\n"),
    );
    expect(page).toContain("## 校本教師專業經驗分享：建議工作流程");
    expect(page).toContain("  觀課重點及回饋安排於2027-03-19才議定，已在2027-03-18的觀課之後。");
  });
});

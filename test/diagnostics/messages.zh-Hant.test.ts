/**
 * The shared diagnostics' words in Traditional Chinese: the headings and
 * counts of formatDiagnostics, citations (the Hong Kong documents by their
 * Chinese titles), and InvalidInputError's first line.
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { formatDiagnostics, InvalidInputError, type Diagnostic } from "../../src/diagnostics/index.js";

const findings: Diagnostic[] = [
  {
    ruleId: "timeline/compressed",
    severity: "warning",
    code: "school/compressed",
    params: {},
    message: "已壓縮時間表。",
    path: ["stages", 0],
    source: { document: "joint-school-sharing", clause: "S1" },
  },
  { ruleId: "lnct/focus-agreed-before-visit", severity: "error", code: "school/focus", params: {}, message: "未有議定觀課重點。", path: [], source: { document: "lnct-agreement", clause: "A3" }, hint: "請在觀課前議定。" },
  { ruleId: "timeline/meeting-moved", severity: "info", code: "school/meeting-moved", params: {}, message: "會議改期。", path: ["occurrences", 1] },
];

describe("formatDiagnostics in Traditional Chinese", () => {
  it("renders errors first, with Chinese severities, citations and hints, and counts", () => {
    expect(formatDiagnostics(findings, { locale: zhHant })).toBe(
      [
        "✖ 錯誤  （整份輸入）  lnct/focus-agreed-before-visit",
        "  未有議定觀課重點。",
        "  A3，《LNCT Agreement on Sharing Classroom Experience》",
        "  建議：請在觀課前議定。",
        "⚠ 警告  stages.0  timeline/compressed",
        "  已壓縮時間表。",
        "  S1，《校本教師專業經驗分享：建議工作流程》",
        "ℹ 備註  occurrences.1  timeline/meeting-moved",
        "  會議改期。",
        "",
        "1項錯誤、1項警告、1項備註",
      ].join("\n"),
    );
    expect(formatDiagnostics([], { locale: zhHant })).toBe("沒有發現問題。");
  });

  it("renders a Markdown table with Chinese headings", () => {
    const lines = formatDiagnostics(findings.slice(0, 1), { format: "markdown", locale: zhHant }).split("\n");
    expect(lines[0]).toBe("| 嚴重程度 | 規則 | 位置 | 發現 | 條文 |");
    expect(lines[2]).toBe("| 警告 | `timeline/compressed` | `stages.0` | 已壓縮時間表。 | S1，《校本教師專業經驗分享：建議工作流程》 |");
    expect(lines.at(-1)).toBe("0項錯誤、1項警告、0項備註");
  });

  it("refuses a locale that is not a locale object, with an InvalidInputError at locale", () => {
    for (const locale of ["zh-HK", "zh-Hant", null, { code: "" }]) {
      expect(() => formatDiagnostics(findings, { locale: locale as never })).toThrow(InvalidInputError);
      try {
        formatDiagnostics(findings, { locale: locale as never });
      } catch (error) {
        expect((error as InvalidInputError).diagnostics.map((d) => [d.path, d.code])).toEqual([[["locale"], "diagnostics/locale.unknown"]]);
        expect((error as InvalidInputError).message).toMatch(/^Invalid options: 1 problem\n  - locale: Unknown locale: pass a locale object/);
      }
    }
  });
});

describe("InvalidInputError in Traditional Chinese", () => {
  it("counts the problems in its first line", () => {
    const error = new InvalidInputError("校曆", findings.slice(0, 2), zhHant);
    expect(error.message.split("\n")).toEqual(["校曆無效：共2個問題", "  - stages.0: 已壓縮時間表。", "  - 未有議定觀課重點。"]);
    expect(new InvalidInputError("school calendar", findings.slice(0, 1)).message.split("\n")[0]).toBe("Invalid school calendar: 1 problem");
  });
});

/**
 * Feedback in Traditional Chinese: diagnostics, group labels, the report and
 * the chart. Each expected sentence is the catalogue's template filled by hand.
 */
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import {
  addResponses,
  aggregateFeedback,
  createAccumulator,
  jointSchoolEvaluationSurvey,
  likertChartSvg,
  localizeSurvey,
  parseAccumulator,
  parseSurvey,
  renderFeedbackReport,
  summarize,
  wowsAndWondersSurvey,
} from "../../src/feedback/index.js";

const zh = { locale: zhHant } as const;
const jointZh = localizeSurvey(jointSchoolEvaluationSurvey, zhHant);

describe("feedback diagnostics in Traditional Chinese", () => {
  it("say why answers and responses are left out", () => {
    const { diagnostics } = addResponses(
      createAccumulator(jointZh),
      [
        { respondentId: "r1", answers: { goals: 7, again: "yes", useful: ["observation", "lunch"] } },
        { respondentId: "r1", answers: {} },
        { answers: { mood: 3 } },
      ],
      zh,
    );
    expect(diagnostics.map((d) => [d.path.join("."), d.message])).toEqual([
      ["0.answers.goals", "問題「goals」的答案7不在量表範圍內（1至5）；不予計算。"],
      ["0.answers.useful", "問題「useful」的答案選了「lunch」，但該問題沒有這個選項；這個答案不予計算。"],
      ["0.answers.again", "問題「again」（yes-no題）的答案應為true或false，而非文字；不予計算。"],
      ["1.respondentId", "回應者「r1」已填寫過這份問卷；這份回應不予計算。"],
      ["2.answers.mood", "問卷沒有問題「mood」；這個答案不予計算。"],
    ]);
    expect(diagnostics[0]?.hint).toBe("答案須為該問題量表上的整數。");
  });

  it("check survey definitions and stored accumulators in Chinese", () => {
    const survey = parseSurvey(
      {
        id: "s",
        title: "課後問卷",
        questions: [
          { kind: "likert", id: "q", text: "有用嗎？", scale: ["有用"] },
          { kind: "yes-no", id: "-x", text: "？" },
        ],
      },
      zh,
    );
    expect(survey.diagnostics.map((d) => [d.path.join("."), d.message])).toEqual([
      ["questions.0.scale", "李克特量表須有2至11個附標籤的評分點；這個量表有1個。"],
      ["questions.1.id", "問題代號只可包含英文字母、數字、「-」、「_」或「.」，並須以字母或數字開頭。"],
    ]);
    const twice = parseSurvey(
      {
        id: "s",
        title: "課後問卷",
        questions: [
          { kind: "yes-no", id: "q", text: "有用嗎？" },
          { kind: "yes-no", id: "q", text: "會再參加嗎？" },
        ],
      },
      zh,
    );
    expect(twice.diagnostics.map((d) => [d.path.join("."), d.message, d.hint])).toEqual([
      ["questions.1.id", "問題代號「q」重複使用；每條問題都須有自己的代號。", "請為其中一條問題另定代號。"],
    ]);
    const stored = JSON.parse(JSON.stringify(createAccumulator(wowsAndWondersSurvey))) as { respondentIds: string[] };
    stored.respondentIds = ["b", "a"];
    expect(parseAccumulator(stored, zh).diagnostics[0]?.message).toBe("累計資料的數目與問卷不符：回應者代號須排序且不重複。");
  });

  it("refuse bad options with a Chinese error", () => {
    expect(() => summarize(createAccumulator(jointZh), { minGroupSize: 2, ...zh })).toThrow(
      new InvalidInputError("回饋統計選項", [{ ruleId: "x", severity: "error", code: "feedback/options.minimum-group-size", params: {}, message: "最少組別人數不可少於3人，否則人數少的組別可能被辨認出來。", path: ["minGroupSize"] }], zhHant).message,
    );
  });
});

describe("the feedback report and chart in Traditional Chinese", () => {
  // Six teachers of two schools and one who did not say: goals 5, 4, 4 at 海港中學; 3, 5, 2 at 山景小學; 4 unstated.
  const responses = [
    ...[5, 4, 4].map((goals) => ({ school: "海港中學", answers: { goals, "went-well": "觀課安排妥善" } })),
    ...[3, 5, 2].map((goals) => ({ school: "山景小學", answers: { goals } })),
    { answers: { goals: 4 } },
  ];
  const summary = aggregateFeedback(jointZh, responses, { groupBy: ["school"], minGroupSize: 3, minCommentGroupSize: 3, ...zh });

  it("labels groups in Chinese", () => {
    expect(summary.overall.label).toBe("全部回應者");
    expect(summary.overall.status === "published" ? summary.overall.groups.map((group) => group.label) : []).toEqual(["山景小學", "海港中學", "（未註明）"]);
  });

  it("writes the report's headings, notes and hidden groups in Chinese", () => {
    const lines = renderFeedbackReport(summary, { format: "markdown", ...zh }).split("\n");
    expect(lines[0]).toBe("# 回饋摘要：聯校專業分享活動：評估問卷");
    expect(lines[2]).toBe("共7人回應。");
    expect(lines).toContain("## 評分");
    expect(lines).toContain("| 問題 | n | 平均數 | 中位數 | Q1–Q3 | 標準差 | 高分比率（95%置信區間） | 低分比率（95%置信區間） |");
    expect(lines).toContain("## 按學校劃分");
    expect(lines.find((line) => line.startsWith("| 組別 |"))).toMatch(/^\| 組別 \| 回應人數 \| 平均數：goals \| 平均數：content \|/);
    // One respondent did not state a school: fewer than 3, so hidden.
    expect(lines.find((line) => line.startsWith("| （未註明） |"))).toMatch(/^\| （未註明） \| 少於3人 \| – \|/);
    expect(lines).toContain("### 做得好的地方（亮點）");
    expect(lines).toContain("- 觀課安排妥善（×3）");
    expect(lines).toContain("_回應者可選多於一項；比例以作答人數計算。_ n = 0。");
    expect(lines.at(-2)).toBe("所有回應及答案均已計算。");
    const csv = renderFeedbackReport(summary, { format: "csv", ...zh });
    expect(csv).toContain("（未註明）,fewer-than-minimum,少於3人,");
  });

  it("describes the chart in Chinese, and measures wide labels as wide", () => {
    const svg = likertChartSvg(summary, "goals", zh);
    expect(svg).toContain(
      "<desc id=\"collegiate-likert-5-desc-goals\">「活動達到工作小組議定的目標。」的答案分歧棒形圖，採用由「非常不同意」至「非常同意」的5點量表；不同意的部分由中線向左延伸，同意的部分向右延伸，每部分均標示其比例。",
    );
    // 海港中學: 5, 4, 4 of three: 0, 0, 0, 2 (67%), 1 (33%).
    expect(svg).toContain("海港中學（n=3）：非常不同意：0（0%）；不同意：0（0%）；中立：0（0%）；同意：2（67%）；非常同意：1（33%）。");
    expect(svg).toContain("（未註明）：少於3人");
    expect(() => likertChartSvg(summary, "nope", zh)).toThrow("圖表要求無效：共1個問題\n  - questionId: 統計摘要沒有問題「nope」。");
  });
});

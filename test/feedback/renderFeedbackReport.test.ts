import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { aggregateFeedback, defineSurvey, renderFeedbackReport, type FeedbackResponse, type PublishedGroupSummary } from "../../src/index.js";
import { sampleSurvey } from "../support/feedback.js";

const many = (n: number, school: string, answers: FeedbackResponse["answers"]): FeedbackResponse[] =>
  Array.from({ length: n }, (_, i) => ({ respondentId: `${school}-${i}`, school, answers }));

// A: 6 answer useful 3 and recommend 10; B: 4 answer useful 1 and recommend 0 (a small group); C: 5 answer useful 2.
const responses: unknown[] = [
  ...many(6, "A", { useful: 3, recommend: 10, again: true, parts: ["dialogue"], length: "same", wow: "Pairs | *great*" }),
  ...many(4, "B", { useful: 1, recommend: 0, again: false, wow: "B's <secret>" }),
  ...many(5, "C", { useful: 2, again: true, wow: "=cmd" }),
  { respondentId: "A-0", school: "A", answers: {} },
  { school: "A", answers: { useful: 7 } },
];
const summary = aggregateFeedback(sampleSurvey, responses, { groupBy: ["school"], invited: { A: 10, B: 5, C: 5 } });

describe("renderFeedbackReport as Markdown (the A8 summary report)", () => {
  const markdown = renderFeedbackReport(summary, { format: "markdown" });

  it("opens with the title, the response rate and the anonymity rule", () => {
    // 16 counted (15 plus the response with an answer out of range) of 20 invited = 80%.
    expect(markdown.startsWith("# Feedback summary: Sample survey\n\n16 respondents of 20 invited (80%).\n\nGroups with fewer than 5 respondents")).toBe(true);
  });

  it("tabulates the scale statistics, worked out by hand", () => {
    // useful over 15 answers: 6×3 + 5×2 + 4×1 = 32 → mean 2.13; sorted 1×4, 2×5, 3×6: median 8th = 2,
    // Q1 3.75 → 4th = 1, Q3 11.25 → 12th = 3. Top box {3}: 6/15 = 40%; bottom {1}: 4/15 = 27%.
    // SD: S = 32, Q = 4 + 20 + 54 = 78: (15·78 − 1024) / 210 = 146/210, √ = 0.83.
    expect(markdown).toContain("| The session was useful. | 15 | 2.13 | 2.0 | 1.0–3.0 | 0.83 | 40% (20–64%) | 27% (11–52%) |");
    expect(markdown).toContain("| Question | Disagree | Unsure | Agree |");
    expect(markdown).toContain("| The session was useful. | 4 (27%) | 5 (33%) | 6 (40%) |");
    // recommend: 6 tens and 4 zeros: promoters 6, detractors 4 → net score 100·2/10 = 20.
    expect(markdown).toContain("| Would you recommend it? | 10 | 6 | 0 | 4 | 20 |");
  });

  it("shows choices and yes/no with intervals", () => {
    expect(markdown).toContain("| The same | 6 | 100% (61–100%) |");
    // again: 11 yes of 15.
    expect(markdown).toContain("| Again? | 15 | 73% (48–89%) | 4 |");
  });

  it("lists groups, hiding the small one and the next smallest, with response rates", () => {
    expect(markdown).toContain("## By school");
    expect(markdown).toContain("| A | 7 | 70% | 3.00 | 10.00 |");
    expect(markdown).toContain("| B | fewer than 5 | – | – | – |");
    expect(markdown).toContain("| C | hidden to protect a smaller group | – | – | – |");
  });

  it("prints comments by category, escaped so that no text becomes markup", () => {
    // Sorted by text ("=" before "B" before "P"), each with how many wrote it.
    expect(markdown).toContain("### What went well (wows)\n\n- =cmd (×5)\n- B's &lt;secret&gt; (×4)\n- Pairs &#124; &#42;great&#42; (×6)");
    expect(markdown).not.toContain("<secret>");
  });

  it("reports data quality as counts per rule, never naming a respondent", () => {
    expect(markdown).toContain("1 response(s) and 1 answer(s) were left out when the responses were counted.");
    expect(markdown).toContain("| `feedback/duplicate-respondent` | 1 |");
    expect(markdown).toContain("| `feedback/value-outside-scale` | 1 |");
    expect(markdown).not.toContain("A-0");
  });

  it("says only that too few responded when the whole is too small", () => {
    const small = renderFeedbackReport(aggregateFeedback(sampleSurvey, many(4, "A", { useful: 3, wow: "secret" })), { format: "markdown" });
    expect(small).toContain("Fewer than 5 people responded, so no results are shown.");
    expect(small).not.toContain("secret");
    expect(small).not.toContain("| The session was useful.");
  });
});

describe("renderFeedbackReport as Markdown, for surveys with some kinds of question only", () => {
  const sections = (report: string) => report.split("\n").filter((line) => line.startsWith("## "));

  it("has only the sections of the kinds asked, and no table by group without a grouping", () => {
    const survey = defineSurvey({ id: "yn", title: "Yes or no only", questions: [{ kind: "yes-no", id: "again", text: "Again?" }] });
    const report = renderFeedbackReport(aggregateFeedback(survey, many(5, "A", { again: true })), { format: "markdown" });
    expect(sections(report)).toEqual(["## Yes or no", "## Data quality"]);
    expect(report).toContain("| Again? | 5 | 100% (57–100%) | 0 |");
    expect(report).toContain("Every response and answer was counted.");
  });

  it("names each question of a comment category that has several, and marks only repeated comments", () => {
    const survey = defineSurvey({
      id: "two-wows",
      title: "Two wows",
      questions: [
        { kind: "likert", id: "useful", text: "Useful.", scale: ["No", "Yes"] },
        { kind: "free-text", id: "wow-1", text: "First wow", category: "wow" },
        { kind: "free-text", id: "wow-2", text: "Second wow", category: "wow" },
      ],
    });
    const answers = ["Pairs", "Pairs", "Video", "Time", "Talk"].map((wow, i) => ({ answers: { useful: 2, "wow-1": wow, "wow-2": i === 0 ? "Planning" : "" } }));
    const report = renderFeedbackReport(aggregateFeedback(survey, answers, { minCommentGroupSize: 5 }), { format: "markdown" });
    expect(sections(report)).toEqual(["## Ratings", "## Comments", "## Data quality"]);
    expect(report).toContain("### What went well (wows)\n\n**First wow**\n\n- Pairs (×2)\n- Talk\n- Time\n- Video\n\n**Second wow**\n\n- Planning\n");
  });

  it("lists findings by rule in alphabetical order, whatever their order in the summary", () => {
    const report = renderFeedbackReport(
      {
        ...summary,
        diagnostics: [
          { ruleId: "feedback/value-outside-scale", severity: "error", code: "feedback/test", params: {}, message: "", path: [] },
          { ruleId: "feedback/duplicate-respondent", severity: "error", code: "feedback/test", params: {}, message: "", path: [] },
          { ruleId: "feedback/value-outside-scale", severity: "error", code: "feedback/test", params: {}, message: "", path: [] },
        ],
      },
      { format: "markdown" },
    );
    expect(report).toContain("| `feedback/duplicate-respondent` | 1 |\n| `feedback/value-outside-scale` | 2 |");
  });

  it("shows a dash for a group whose summary lacks a question, as in a summary edited by hand", () => {
    const overall = summary.overall as PublishedGroupSummary;
    const [a, ...others] = overall.groups as [PublishedGroupSummary, ...PublishedGroupSummary[]];
    const edited = { ...overall, groups: [{ ...a, questions: a.questions.filter((q) => q.questionId !== "useful") }, ...others] };
    const report = renderFeedbackReport({ ...summary, overall: edited }, { format: "markdown" });
    expect(report).toContain("| A | 7 | 70% | – | 10.00 |");
  });
});

describe("renderFeedbackReport as CSV", () => {
  const csv = renderFeedbackReport(summary, { format: "csv" });
  const rows = csv.trimEnd().split("\r\n");

  it("has one row per group, question and measure", () => {
    expect(rows[0]).toBe("group,status,respondents,question_id,kind,measure,option,value,ci_lower,ci_upper");
    expect(rows).toContain("All respondents,published,16,,,response_rate,20,0.8,,");
    expect(rows).toContain("All respondents,published,16,useful,likert,mean,,2.1333333333333333,,");
    expect(rows).toContain("All respondents,published,16,recommend,rating,net_score,,20,,");
    expect(rows).toContain("A,published,7,useful,likert,count,3,6,,");
  });

  it("has one row for a whole too small to show, and nothing of its groups", () => {
    const small = aggregateFeedback(sampleSurvey, [...many(2, "A", { useful: 3 }), ...many(2, "B", { useful: 1 })], { groupBy: ["school"] });
    expect(renderFeedbackReport(small, { format: "csv", locale: zhHant }).trimEnd().split("\r\n")).toEqual([
      "group,status,respondents,question_id,kind,measure,option,value,ci_lower,ci_upper",
      "All respondents,fewer-than-minimum,少於5人,,,,,,,",
    ]);
  });

  it("gives hidden groups their reason only, and neutralises formulas in texts", () => {
    expect(rows).toContain("B,fewer-than-minimum,fewer than 5,,,,,,,");
    expect(rows).toContain("C,protects-smaller-group,hidden to protect a smaller group,,,,,,,");
    expect(rows.filter((row) => row.startsWith("B,") || row.startsWith("C,"))).toHaveLength(2);
    expect(rows).toContain("All respondents,published,16,wow,free-text,text:wow,'=cmd,5,,");
  });
});

describe("renderFeedbackReport as JSON", () => {
  it("is the summary as data, with findings counted instead of diagnostics", () => {
    const parsed = JSON.parse(renderFeedbackReport(summary, { format: "json" })) as Record<string, unknown>;
    expect(parsed["diagnostics"]).toBeUndefined();
    expect(parsed["findings"]).toEqual([
      { ruleId: "feedback/duplicate-respondent", severity: "error", count: 1 },
      { ruleId: "feedback/value-outside-scale", severity: "error", count: 1 },
    ]);
    const { diagnostics: _diagnostics, ...rest } = summary;
    expect({ ...parsed, findings: undefined }).toEqual(JSON.parse(JSON.stringify({ ...rest, findings: undefined })));
  });
});

/**
 * People's text holding bidirectional controls cannot reorder what the
 * library writes after it, in any human-readable format: at the library's
 * own text, no embedding, override or isolate is left open (see the
 * reference scanner in test/support/bidi.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validateSession } from "../../src/agreement/index.js";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { formatDiagnostics, type Diagnostic } from "../../src/diagnostics/index.js";
import { aggregateFeedback, jointSchoolEvaluationSurvey, likertChartSvg, renderFeedbackReport, wowsAndWondersSurvey } from "../../src/feedback/index.js";
import { defineMachine, machineToMarkdown } from "../../src/machines/index.js";
import { displayWidth } from "../../src/text/displayWidth.js";
import { escapeMarkdownText, renderMarkdownTable, renderTextTable } from "../../src/text/table.js";
import { definePlanTemplate, formatTimeline, scheduleBackward, timelineToMarkdown, toICalendar } from "../../src/timeline/index.js";
import { figuresStayInPlace, HOSTILE, scanBidi } from "../support/bidi.js";

const rows = [{ name: HOSTILE, n: 12 }, { name: "Ms Chan", n: 3 }];
const columns = [
  { header: "Name", cell: (row: (typeof rows)[number]) => row.name },
  { header: "n", cell: (row: (typeof rows)[number]) => `(n=${row.n})`, align: "right" as const },
];

describe("people's text with direction controls", () => {
  it("cannot reorder the next cells of a terminal table, and takes no column", () => {
    const table = renderTextTable(rows, columns);
    expect(figuresStayInPlace(table, "(n=12)")).toBe(true);
    const [, , first, second] = table.split("\n");
    expect(displayWidth(first as string)).toBe(displayWidth(second as string));
    expect(renderTextTable([{ name: "Ms Chan", n: 3 }], columns)).toBe("Name         n\n───────  ─────\nMs Chan  (n=3)");
  });

  it("cannot reorder the next cells of a Markdown table, nor the text after it in a paragraph", () => {
    expect(figuresStayInPlace(renderMarkdownTable(rows, columns), "(n=12)")).toBe(true);
    expect(figuresStayInPlace(`${escapeMarkdownText(HOSTILE)} (n=12)`, "(n=12)")).toBe(true);
    expect(figuresStayInPlace(`${escapeMarkdownText(`line\n${HOSTILE}`)} (n=12)`, "(n=12)")).toBe(true);
  });

  it("cannot reorder a comment's count in the feedback report", () => {
    const responses = [HOSTILE, HOSTILE, "Video helped", "Pairs", "Planning"].map((wow) => ({ answers: { wow, "on-track": 4 } }));
    // Five respondents: comments are published only with minCommentGroupSize lowered to five (the default is 10).
    const report = renderFeedbackReport(aggregateFeedback(wowsAndWondersSurvey, responses, { minCommentGroupSize: 5 }), { format: "markdown" });
    expect(report).toContain("(×2)");
    expect(figuresStayInPlace(report, "(×2)")).toBe(true);
    expect(scanBidi(report).open).toEqual([]);
  });

  it("cannot reorder a group's count in the Likert chart", () => {
    const file = fileURLToPath(new URL("../../examples/data/joint-school-evaluation.responses.json", import.meta.url));
    const responses = (JSON.parse(readFileSync(file, "utf8")) as { school: string }[]).map((response) => ({
      ...response,
      school: response.school === "Harbour Secondary School" ? `${HOSTILE} Harbour` : response.school,
    }));
    const summary = aggregateFeedback(jointSchoolEvaluationSurvey, responses, { groupBy: ["school"], minGroupSize: 5 });
    const chart = likertChartSvg(summary, "goals");
    expect(chart).toContain("evil");
    expect(figuresStayInPlace(chart, "(n=")).toBe(true);
    expect(figuresStayInPlace(chart, "%")).toBe(true);
  });

  const template = definePlanTemplate({
    id: "visit",
    title: `${HOSTILE} visit`,
    schedule: "backward",
    stages: [
      { id: "H4", title: HOSTILE, offset: { days: -7 } },
      { id: "lesson", title: "Lesson", offset: {}, kind: "activity" },
    ],
  });
  const timeline = scheduleBackward(template, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });

  it("cannot reorder the days of a timeline, as text or Markdown", () => {
    const options = { dayPattern: "yyyy-MM-dd" };
    for (const text of [formatTimeline(timeline, options), timelineToMarkdown(timeline, options)]) {
      expect(figuresStayInPlace(text, "2027-03-18")).toBe(true);
      expect(figuresStayInPlace(text, "2027-03-11")).toBe(true);
    }
  });

  it("closes every control of an event's summary in iCalendar", () => {
    const ics = toICalendar(timeline, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "school.example" });
    const summaries = ics.split("\r\n").filter((line) => line.startsWith("SUMMARY:"));
    expect(summaries).toHaveLength(2);
    for (const summary of summaries) expect(scanBidi(summary).open).toEqual([]);
  });

  it("cannot reorder a machine page's marks after a state name", () => {
    const machine = defineMachine({
      id: "lamp",
      description: HOSTILE,
      context: z.object({}),
      events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
      initial: "\u202eoff",
      states: { "\u202eoff": { description: HOSTILE, on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "\u202eoff" } } } },
    });
    const page = machineToMarkdown(machine);
    expect(figuresStayInPlace(page, "(initial)")).toBe(true);
    expect(figuresStayInPlace(page, "```mermaid")).toBe(true);
  });

  it("cannot reorder the rule id, the finding's hint or the next finding in formatted diagnostics", () => {
    const diagnostics: Diagnostic[] = [
      { ruleId: "x/rule-12", severity: "error", code: "x/rule-12", params: {}, message: HOSTILE, hint: "Hint 12.", path: [HOSTILE, 3] },
      { ruleId: "x/next", severity: "warning", code: "x/next", params: {}, message: "Next 12.", path: [] },
    ];
    const text = formatDiagnostics(diagnostics);
    expect(figuresStayInPlace(text, "x/rule-12")).toBe(true);
    const markdown = formatDiagnostics(diagnostics, { format: "markdown" });
    expect(figuresStayInPlace(markdown, "_Hint 12._")).toBe(true);
    expect(figuresStayInPlace(markdown, "Next 12.")).toBe(true);
  });

  it("cannot reorder the counts in an agreement message that names a person", () => {
    const result = validateSession([], {
      session: { name: "2026/27", start: "2026-09-01", end: "2027-07-16", summaryReport: { dueOn: "2027-06-25" } },
      staff: [{ id: "t-chan", name: HOSTILE }],
    });
    const [finding] = result.diagnostics;
    expect(finding?.message).toContain("evil");
    expect(figuresStayInPlace(finding?.message ?? "", "takes part 0")).toBe(true);
    expect(figuresStayInPlace(formatDiagnostics(result.diagnostics), "takes part 0")).toBe(true);
  });
});

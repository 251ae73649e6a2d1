import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { aggregateFeedback, defineSurvey, InvalidInputError, likertChartSvg, type FeedbackResponse, type PublishedGroupSummary } from "../../src/index.js";
import { sampleSurvey } from "../support/feedback.js";

/** Parses strictly: any warning or error of the XML parser fails the test. */
function parse(svg: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
}

const all = (document: Document, tag: string): Element[] => Array.from(document.getElementsByTagName(tag));
const byClass = (document: Document, tag: string, name: string) =>
  all(document, tag).filter((element) => (element.getAttribute("class") ?? "").split(" ").includes(name));

const many = (n: number, school: string, useful: number): FeedbackResponse[] => Array.from({ length: n }, () => ({ school, answers: { useful } }));

// A: 4 agree and 2 disagree; B: 3 unsure (too few); C: 5 agree (hidden to protect B).
const responses = [...many(4, "A", 3), ...many(2, "A", 1), ...many(3, "B", 2), ...many(5, "C", 3)];
const summary = aggregateFeedback(sampleSurvey, responses, { groupBy: ["school"] });
const svg = likertChartSvg(summary, "useful");
const document = parse(svg);

describe("likertChartSvg", () => {
  it("is a standalone SVG document with an accessible title and description", () => {
    const root = document.documentElement;
    expect(root?.tagName).toBe("svg");
    expect(root?.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root?.getAttribute("role")).toBe("img");
    const [title] = all(document, "title");
    const [desc] = all(document, "desc");
    expect(title?.textContent).toBe("The session was useful.");
    expect(root?.getAttribute("aria-labelledby")).toBe(`${title?.getAttribute("id")} ${desc?.getAttribute("id")}`);
    // The description reads the chart in words: the scale and every group.
    expect(desc?.textContent).toContain("3-point scale from “Disagree” to “Agree”");
    expect(desc?.textContent).toContain("All respondents (n=14): Disagree: 2 (14%); Unsure: 3 (21%); Agree: 9 (64%)");
    expect(desc?.textContent).toContain("B: fewer than 5");
    expect(svg).not.toMatch(/<script|href=|xlink/);
  });

  it("draws one bar per published group, one part per answer given, and none for hidden groups", () => {
    const groups = byClass(document, "g", "group");
    expect(groups).toHaveLength(4);
    const segmentsOf = (group: Element) => Array.from(group.getElementsByTagName("rect")).filter((rect) => rect.getAttribute("class") === "segment");
    const [overall, a, b, c] = groups as [Element, Element, Element, Element];
    expect(segmentsOf(overall).map((rect) => rect.getAttribute("data-value"))).toEqual(["1", "2", "3"]);
    // A has no "unsure" answer, so no part for it.
    expect(segmentsOf(a).map((rect) => rect.getAttribute("data-value"))).toEqual(["1", "3"]);
    expect(segmentsOf(b)).toHaveLength(0);
    expect(segmentsOf(c)).toHaveLength(0);
    expect(byClass(document, "text", "hidden-reason").map((text) => text.textContent)).toEqual(["fewer than 5", "hidden to protect a smaller group"]);
  });

  it("sizes the parts by share and diverges around the centre line", () => {
    const [overall] = byClass(document, "g", "group") as [Element];
    const parts = Array.from(overall.getElementsByTagName("rect")).map((rect) => ({
      x: Number(rect.getAttribute("x")),
      width: Number(rect.getAttribute("width")),
    }));
    const [disagree, unsure, agree] = parts as [{ x: number; width: number }, { x: number; width: number }, { x: number; width: number }];
    // Widths are proportional to 2, 3 and 9 answers.
    expect(disagree.width / agree.width).toBeCloseTo(2 / 9, 2);
    expect(unsure.width / agree.width).toBeCloseTo(3 / 9, 2);
    // Parts touch, and the middle answer is split evenly across the centre.
    expect(disagree.x + disagree.width).toBeCloseTo(unsure.x, 1);
    const centre = Number(byClass(document, "line", "centre-line")[0]?.getAttribute("x1"));
    expect(unsure.x + unsure.width / 2).toBeCloseTo(centre, 1);
  });

  it("reads without colour: a distinct pattern per answer, labels on parts, a legend", () => {
    const patterns = all(document, "pattern");
    expect(patterns).toHaveLength(3);
    const looks = patterns.map((pattern) => `${pattern.getAttribute("patternTransform") ?? ""}|${Array.from(pattern.childNodes).map((node) => (node as Element).tagName).join(",")}`);
    expect(new Set(looks).size).toBe(3);
    expect(byClass(document, "text", "segment-label").map((text) => text.textContent)).toContain("64%");
    const legend = byClass(document, "g", "legend-item");
    expect(legend.map((item) => item.getElementsByTagName("text")[0]?.textContent)).toEqual(["Disagree", "Unsure", "Agree"]);
    expect(legend.map((item) => item.getElementsByTagName("rect")[0]?.getAttribute("fill"))).toEqual(
      patterns.map((pattern) => `url(#${pattern.getAttribute("id")})`),
    );
    // Each part has a tooltip with its label, count and share.
    expect(all(document, "title").map((title) => title.textContent)).toContain("Agree: 9 (64%)");
  });

  it("escapes text from the data", () => {
    const tricky = aggregateFeedback(sampleSurvey, many(5, "<A & B>", 3), { groupBy: ["school"] });
    const parsed = parse(likertChartSvg(tricky, "useful"));
    expect(byClass(parsed, "text", "group-label").map((text) => text.textContent)).toContain("<A & B> (n=5)");
  });

  it("draws a 0–10 rating with eleven patterns", () => {
    const ratings = aggregateFeedback(sampleSurvey, [0, 5, 6, 9, 10].map((recommend) => ({ answers: { recommend } })));
    expect(all(parse(likertChartSvg(ratings, "recommend")), "pattern")).toHaveLength(11);
  });

  it("draws no part for a group in which nobody answered the question", () => {
    const unanswered = parse(likertChartSvg(aggregateFeedback(sampleSurvey, many(5, "A", 2).map(() => ({ answers: { again: true } }))), "useful"));
    const [overall] = byClass(unanswered, "g", "group") as [Element];
    expect(overall.getElementsByTagName("rect")).toHaveLength(0);
    expect(all(unanswered, "desc")[0]?.textContent).toContain("All respondents (n=0): Disagree: 0 (–); Unsure: 0 (–); Agree: 0 (–).");
  });

  it("wraps a legend of long labels into lines that fit the width", () => {
    const long = defineSurvey({
      id: "long",
      title: "Long labels",
      questions: [
        {
          kind: "likert",
          id: "agree",
          text: "Agree?",
          scale: ["Strongly disagree with it", "Disagree with it mostly", "Neither agree nor disagree", "Agree with it mostly", "Strongly agree with it"],
        },
      ],
    });
    const chart = parse(likertChartSvg(aggregateFeedback(long, [1, 2, 3, 4, 5].map((agree) => ({ answers: { agree } }))), "agree", { width: 480 }));
    const squares = byClass(chart, "g", "legend-item").map((item) => item.getElementsByTagName("rect")[0] as Element);
    const lines = new Set(squares.map((square) => square.getAttribute("y")));
    expect(lines.size).toBeGreaterThan(1);
    // Every line starts at the margin.
    const starts = squares.filter((square, index) => index === 0 || square.getAttribute("y") !== squares[index - 1]?.getAttribute("y"));
    expect(starts.map((square) => square.getAttribute("x"))).toEqual([...lines].map(() => "16"));
    // The chart grows to hold the extra lines.
    const lastY = Math.max(...squares.map((square) => Number(square.getAttribute("y"))));
    expect(Number(chart.documentElement?.getAttribute("height"))).toBeGreaterThan(lastY + 14);
  });

  it("shows a dash for a group whose summary lacks the question, as in a summary edited by hand", () => {
    const overall = summary.overall as PublishedGroupSummary;
    const [a, ...others] = overall.groups as [PublishedGroupSummary, ...PublishedGroupSummary[]];
    const edited = { ...overall, groups: [{ ...a, questions: a.questions.filter((q) => q.questionId !== "useful") }, ...others] };
    const chart = parse(likertChartSvg({ ...summary, overall: edited }, "useful"));
    expect(byClass(chart, "text", "hidden-reason").map((text) => text.textContent)).toEqual(["–", "fewer than 5", "hidden to protect a smaller group"]);
    expect(all(chart, "desc")[0]?.textContent).toContain(". A: –. B: fewer than 5");
  });

  it("refuses a question that is unknown or has no scale", () => {
    expect(() => likertChartSvg(summary, "nope")).toThrow(InvalidInputError);
    expect(() => likertChartSvg(summary, "again")).toThrow('A Likert chart needs a Likert or 0–10 rating question; "again" is yes-no.');
  });
});

/**
 * `npm run demo` is the README's first command: it must run and tell its
 * story. This runs it as the README does and checks the chapters and a few
 * answers worked out by hand.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const chart = `${root}examples/output/joint-school-evaluation-goals.svg`;
let printed: string | undefined;

/** The demo's output; the demo runs once for all the checks. */
function demo(): string {
  if (printed === undefined) {
    rmSync(chart, { force: true });
    printed = execFileSync(`${root}node_modules/.bin/tsx`, ["examples/demo.ts"], { cwd: root, encoding: "utf8" });
  }
  return printed;
}

describe("the demo", () => {
  it("runs to the end and prints the calendar walk-through", () => {
    const output = demo();
    expect(output).toContain("Chapter 1: the school calendar");
    expect(output).toContain("1.1 The school calendar: Harbour Secondary School 2026/27");
    expect(output).toContain("Fri 25 Dec 2026  closed: Christmas holidays, Christmas Day");
    expect(output).toContain("Mon 8 Feb 2027  closed: Lunar New Year holidays");
    // 1–3 February, then the Lunar New Year holidays (4–12), then 15–19.
    expect(output).toContain("around the Lunar New Year holidays: 1, 2, 3, 15, 16, 17, 18, 19.");
    expect(output).toContain("terms.0.end: 2026-02-29 is not a real day: 2026 is not a leap year.");
  }, 30_000);

  it("summarises the sample S9 survey of three schools, hiding the small group, and writes the chart", () => {
    const output = demo();
    expect(output).toContain("Chapter 5: evaluation and feedback");
    // The sample has 16 + 12 + 10 valid responses; Harbour's copy of hs-004 is refused, and Bay's goals answer of 6 left out.
    expect(output).toContain("Harbour Secondary School: 16 responses counted, 1 refused, 0 answers left out.");
    expect(output).toContain('Respondent "hs-004" has already answered this survey');
    expect(output).toContain("The merged summary equals counting every response at once: yes.");
    expect(output).toContain("38 respondents of 47 invited (81%).");
    // Hill Primary has 2 school managers: hidden, and its 10 teachers with them.
    expect(output).toContain("| Hill Primary School › school manager | fewer than 5 |");
    expect(output).toContain("| Hill Primary School › teacher | hidden to protect a smaller group |");
    const svg = readFileSync(chart, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("<title");
  }, 30_000);
});

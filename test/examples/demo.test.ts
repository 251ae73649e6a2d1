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
  });

  it("prints the joint-school timeline, compressed and forward plans (chapter 2)", () => {
    const output = demo();
    expect(output).toContain("Chapter 2: the timeline");
    expect(output).toContain("Joint-school sharing activity: activity day Thu 18 Mar 2027 (as of Wed 20 Jan 2027)");
    // T − 3 months is Fri 18 Dec, a school day; S4 opens at T − 2 months, Mon 18 Jan, so S1 is due Fri 15 Jan.
    expect(output).toMatch(/^S1 +Organisation of working group +Fri 18 Dec 2026 +Fri 15 Jan 2027 +late$/m);
    expect(output).toMatch(/^S4 +Rundown and content discussion +Mon 18 Jan 2027 +Wed 17 Feb 2027 +open$/m);
    // Five weeks ahead: 23 school days left, S1–S3 get the first five (15–19 Feb).
    expect(output).toMatch(/^S1 +Organisation of working group +Mon 15 Feb 2027 +Fri 19 Feb 2027 +upcoming$/m);
    expect(output).toContain("The activity day 2027-05-13 is closed: Buddha's Birthday.");
    // Coaching from Mon 7 Sep: P4 ends before Wed 10 Feb (Lunar New Year), on Wed 3 Feb; P5 on Mon 15 Feb.
    expect(output).toMatch(/^P4 .*Tue 10 Nov 2026 +Wed 3 Feb 2027$/m);
    expect(output).toMatch(/^P5 .*Mon 15 Feb 2027 +Mon 15 Feb 2027$/m);
    expect(output).toContain("UID:S1.harbour-sharing-2027-03@harbour.example.edu.hk");
  });

  it("chapter 3 validates a compliant and a non-compliant visit and prints the diagnostics", () => {
    const output = demo();
    const chapter3 = output.slice(output.indexOf("Chapter 3: the observation agreement"));
    expect(chapter3).not.toBe("");
    // Ms Chan's peer visit: the dialogue two school days after the lesson, over the Lunar New Year holidays.
    expect(chapter3).toMatch(/respects the agreement\n─+\n.*\nNo problems found\./);
    // Mr Wong's visit: timing agreed on the day (A2), focus agreed the day after (A3), a tick-box form (A5),
    // the dialogue 4 school days after a Wednesday lesson (Thu, Fri, Mon, Tue: H5).
    expect(chapter3).toContain("✖ error  timingAgreedOn  lnct/timing-agreed-in-advance");
    expect(chapter3).toContain("✖ error  focus.agreedOn  lnct/focus-agreed-before-visit");
    expect(chapter3).toContain("✖ error  observation.notes  lnct/no-grades-or-tick-boxes");
    expect(chapter3).toContain("The dialogue took place on 2027-03-16, 4 school day(s) after the lesson on 2027-03-10; the policy allows 2.");
    expect(chapter3).toContain("7 errors, 3 warnings, 0 notes");
    expect(chapter3).toContain("✖ error  basicDetails.confirmedOn  sharing/basic-details-before-content");
  });

  it("walks a visit through its lifecycle with one refusal explained, and draws the activity (chapter 4)", () => {
    const output = demo();
    const chapter4 = output.slice(output.indexOf("Chapter 4: where things stand"), output.indexOf("Chapter 5"));
    // Scheduling before the focus is agreed is refused with the A3 finding, then allowed once it is.
    expect(chapter4).toContain("schedule            ✖ refused (guard-failed, guard readyToSchedule):");
    expect(chapter4).toContain("✖ error  visit.focus  lnct/focus-agreed-before-visit");
    expect(chapter4).toContain("Possible now: agree-focus, schedule, cancel.");
    expect(chapter4).toMatch(/agree-focus +→ focus-agreed\n +schedule +→ scheduled\n +record-observation +→ observed\n +hold-dialogue +→ dialogue-held\n +close +→ closed/);
    // S1–S3 are due Fri 15 January 2027 (S4 opens Mon 18 January); S1 was done on 5 January.
    expect(chapter4).toContain("Late: S2 Deliberation on partnership, due Fri 15 Jan 2027, in-progress (5 days)");
    expect(chapter4).toContain("stateDiagram-v2\n  state \"preparing\" as preparing");
  });

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
  });
});

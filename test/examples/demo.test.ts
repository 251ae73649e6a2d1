/**
 * `npm run demo` is the README's first command: it must run and tell its
 * story. This runs it as the README does and checks the chapters and a few
 * answers worked out by hand.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

let output: string | undefined;
/** The demo's output, run once for every check. */
function demo(): string {
  output ??= execFileSync(`${root}node_modules/.bin/tsx`, ["examples/demo.ts"], { cwd: root, encoding: "utf8" });
  return output;
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
  }, 30_000);
});

/**
 * `npm run demo` is the README's first command: it must run and tell its
 * story. This runs it as the README does and checks the chapters and a few
 * answers worked out by hand.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the demo", () => {
  it("runs to the end and prints the calendar walk-through", () => {
    const output = execFileSync(`${root}node_modules/.bin/tsx`, ["examples/demo.ts"], { cwd: root, encoding: "utf8" });
    expect(output).toContain("Chapter 1: the school calendar");
    expect(output).toContain("1.1 The school calendar: Harbour Secondary School 2026/27");
    expect(output).toContain("Fri 25 Dec 2026  closed: Christmas holidays, Christmas Day");
    expect(output).toContain("Mon 8 Feb 2027  closed: Lunar New Year holidays");
    // 1–3 February, then the Lunar New Year holidays (4–12), then 15–19.
    expect(output).toContain("around the Lunar New Year holidays: 1, 2, 3, 15, 16, 17, 18, 19.");
    expect(output).toContain("terms.0.end: 2026-02-29 is not a real day: 2026 is not a leap year.");
  }, 30_000);
});

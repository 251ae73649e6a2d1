/**
 * Every way a command line can be unusable ends with status 2 and one line
 * that names the argument, file or option at fault: the cases not already
 * covered next to each command.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryHost, run } from "../support/cliHost.js";

const calendar = { terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }] };
const files = { "c.calendar.json": calendar, "r.responses.json": [], "t.timeline.json": {} };

describe("unusable command lines", () => {
  it.each([
    [["aggregate", "r.responses.json", "r.responses.json", "--survey", "wows-and-wonders"], "aggregate: give exactly one file (or - for standard input)"],
    [["ics", "--uid-domain", "school.example"], "ics: give exactly one file (or - for standard input)"],
    [["ics", "t.timeline.json", "t.timeline.json", "--uid-domain", "school.example"], "ics: give exactly one file (or - for standard input)"],
    [["ics", "t.timeline.json"], "--uid-domain: --uid-domain is required"],
    [["schedule", "c.calendar.json", "c.calendar.json", "--template", "joint-school-sharing"], "schedule: give exactly one file (or - for standard input)"],
    [["schema", "calendar", "visit"], "schema: give exactly one file (or - for standard input)"],
    [["help", "plan"], 'unknown command "plan": expected validate, schedule, aggregate, ics or schema'],
    [["validate", "--kind", "timetable", "c.calendar.json"], '--kind: unknown kind "timetable": expected one of'],
    [["validate", "-"], "standard input: cannot tell what the file holds"],
  ])("%j", async (argv, problem) => {
    const output = await run(argv, files);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toBe("");
    expect(output.stderr).toContain(`collegiate: ${problem}`);
  });

  it("asks a backward template for its activity day, naming the start day given instead", async () => {
    const output = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing", "--start-day", "2027-03-01"], files);
    expect(output.stderr).toMatch(
      /^collegiate: --activity-day: joint-school-sharing is scheduled backward from an activity day: give --activity-day YYYY-MM-DD \(not --start-day\)\n/,
    );
    const neither = await run(["schedule", "c.calendar.json", "--template", "joint-school-sharing"], files);
    expect(neither.stderr).toMatch(/give --activity-day YYYY-MM-DD\n/);
  });

  it("reports a read error without a system code by its message", async () => {
    const host = { ...memoryHost(files), readText: () => { throw new Error("device not ready"); } };
    const output = await runCli(["validate", "c.calendar.json"], host);
    expect(output.stderr).toMatch(/^collegiate: c\.calendar\.json: cannot be read: device not ready\n/);
    expect(output.exitCode).toBe(2);
  });
});

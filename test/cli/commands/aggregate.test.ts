import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aggregateCommand } from "../../../src/cli/commands/aggregate.js";
import { aggregateFeedback, jointSchoolEvaluationSurvey, renderFeedbackReport, wowsAndWondersSurvey } from "../../../src/feedback/index.js";
import { run } from "../../support/cliHost.js";
import { root } from "../../support/documents.js";

const responses = JSON.parse(readFileSync(`${root}examples/data/joint-school-evaluation.responses.json`, "utf8")) as unknown[];

describe("aggregateCommand", () => {
  it("prints the library's report, with what was left out on standard error", () => {
    const withBadAnswer = [...responses, { school: "Bay Primary", answers: { goals: 9 } }];
    const output = aggregateCommand({ survey: jointSchoolEvaluationSurvey, responses: withBadAnswer, options: { groupBy: ["school"] }, format: "markdown" });
    const summary = aggregateFeedback(jointSchoolEvaluationSurvey, withBadAnswer, { groupBy: ["school"] });
    expect(output.stdout).toBe(renderFeedbackReport(summary, { format: "markdown" }));
    expect(output.stderr).toMatch(/^✖ error {2}\d+\.answers\.goals {2}feedback\/value-outside-scale/);
    expect(output.exitCode).toBe(1);
  });

  it("exits with 0 when every answer counts", () => {
    // The sample's responses 37 (an answer off the scale) and 38 (a second response of hs-004) are left out.
    const output = aggregateCommand({ survey: jointSchoolEvaluationSurvey, responses: responses.slice(0, 37), options: {}, format: "csv" });
    expect(output.stderr).toBe("");
    expect(output.exitCode).toBe(0);
  });
});

describe("collegiate aggregate", () => {
  it("reads the responses, the survey and the options", async () => {
    const output = await run(
      ["aggregate", "r.responses.json", "--survey", "joint-school-evaluation", "--group-by", "school,role", "--min-group-size", "3", "--invited", "Harbour Secondary School=20", "--invited", "Hill=15", "--json"],
      { "r.responses.json": responses },
    );
    const summary = aggregateFeedback(jointSchoolEvaluationSurvey, responses, {
      groupBy: ["school", "role"],
      minGroupSize: 3,
      invited: { "Harbour Secondary School": 20, Hill: 15 },
    });
    expect(output.stdout).toBe(renderFeedbackReport(summary, { format: "json" }));
  });

  it("reads a survey file and responses from standard input", async () => {
    const output = await run(["aggregate", "-", "--survey", "s.survey.json", "--invited", "10"], { "s.survey.json": wowsAndWondersSurvey }, "[]");
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toMatch(/^# /);
  });

  it("exits with 2 on unusable input, naming it", async () => {
    const files = { "r.responses.json": { answers: {} } };
    expect((await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders"], files)).stderr).toMatch(/^collegiate: r\.responses\.json: expected a list of responses\n/);
    expect((await run(["aggregate", "r.responses.json"], files)).stderr).toMatch(/--survey is required/);
    const options = { "r.responses.json": [] };
    expect((await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders", "--group-by", "year"], options)).stderr).toMatch(/--group-by: expected one of school, role, activity, session, not "year"/);
    expect((await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders", "--min-group-size", "two"], options)).stderr).toMatch(/--min-group-size: expected a whole number, not "two"/);
    expect((await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders", "--invited", "many"], options)).stderr).toMatch(/--invited: expected a number or <group>=<number>, not "many"/);
    // The library refuses a minimum group size below 3; the message names the option.
    expect((await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders", "--min-group-size", "2"], options)).stderr).toMatch(/^collegiate: --min-group-size: /);
  });
});

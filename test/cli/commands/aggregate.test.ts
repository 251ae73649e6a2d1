import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { aggregateCommand } from "../../../src/cli/commands/aggregate.js";
import { aggregateFeedback, jointSchoolEvaluationSurvey, localizeSurvey, renderFeedbackReport, wowsAndWondersSurvey } from "../../../src/feedback/index.js";
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

describe("collegiate aggregate --locale zh-Hant", () => {
  it("counts into the Chinese edition of a built-in survey and reports in Chinese, with what was left out on standard error", async () => {
    const withBadAnswer = [...responses.slice(0, 37), { school: "Bay Primary", answers: { goals: 9 } }];
    const output = await run(["aggregate", "r.responses.json", "--survey", "joint-school-evaluation", "--locale", "zh-Hant"], { "r.responses.json": withBadAnswer });
    const survey = localizeSurvey(jointSchoolEvaluationSurvey, zhHant);
    expect(output.stdout).toBe(renderFeedbackReport(aggregateFeedback(survey, withBadAnswer, { locale: zhHant }), { format: "markdown", locale: zhHant }));
    // By hand: the report's heading and the Chinese edition's first question; 38 responses were given.
    expect(output.stdout).toMatch(/^# 回饋摘要：聯校專業分享活動：評估問卷\n\n共38人回應。\n/);
    expect(output.stdout).toContain("| 活動達到工作小組議定的目標。 |");
    // The 38th response (index 37) answers 9 on a 1-to-5 scale.
    expect(output.stderr).toMatch(/^✖ 錯誤 {2}37\.answers\.goals {2}feedback\/value-outside-scale\n {2}問題「goals」的答案9不在量表範圍內（1至5）；不予計算。\n/);
    expect(output.stderr).toMatch(/\n1項錯誤、0項警告、0項備註\n$/);
    expect(output.exitCode).toBe(1);
  });

  it("explains input it cannot use in Chinese, with status 2", async () => {
    const files = { "r.responses.json": [] };
    expect(await run(["aggregate", "r.responses.json", "--locale", "zh-Hant"], files)).toEqual({
      stdout: "",
      stderr: "collegiate: --survey: 必須提供--survey\n請執行 collegiate aggregate --help 查看選項。\n",
      exitCode: 2,
    });
    expect((await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders", "--group-by", "year", "--locale", "zh-Hant"], files)).stderr).toMatch(
      /^collegiate: --group-by: 應為school、role、activity、session其中之一，而非「year」\n/,
    );
    // The library refuses a minimum group size below 3, in its own Chinese words.
    const small = await run(["aggregate", "r.responses.json", "--survey", "wows-and-wonders", "--min-group-size", "2", "--locale", "zh-Hant"], files);
    expect(small.stderr).toMatch(/^collegiate: --min-group-size: 最少組別人數不可少於3人/);
    expect(small.exitCode).toBe(2);
  });
});

/**
 * Chapter 5: evaluation and feedback (S9). After the sharing day, each of the
 * three schools collects its staff's evaluation surveys and counts them; the
 * working group merges the schools' counts and writes the summary report of
 * findings for whole-school discussion (A8), without exposing any teacher.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  addResponses,
  aggregateFeedback,
  createAccumulator,
  formatDiagnostics,
  jointSchoolEvaluationSurvey,
  likertChartSvg,
  mergeAccumulators,
  renderFeedbackReport,
  summarize,
  type FeedbackAccumulator,
} from "collegiate";
import { chapter, heading, readExampleJson } from "../story.js";

const survey = jointSchoolEvaluationSurvey;
const options = {
  groupBy: ["school", "role"] as const,
  minGroupSize: 5,
  invited: { "Harbour Secondary School": 20, "Hill Primary School": 15, "Bay Primary School": 12 },
};

/** Where the demo writes files: `examples/output/` (git-ignored). */
export const outputFolder = fileURLToPath(new URL("../output/", import.meta.url));

/** Prints chapter 5 and writes the chart of the first question to `examples/output/`. */
export function feedbackChapter(): void {
  chapter(5, "evaluation and feedback");
  const responses = readExampleJson("joint-school-evaluation.responses.json") as unknown[];

  heading("5.1 The evaluation survey (S9)");
  console.log(`${survey.title}: ${survey.questions.length} questions.`);
  for (const question of survey.questions) console.log(`  ${question.id.padEnd(13)} ${question.kind.padEnd(16)} ${question.text}`);

  heading("5.2 Each school counts its own responses");
  const schools = ["Harbour Secondary School", "Hill Primary School", "Bay Primary School"];
  const accumulators: FeedbackAccumulator[] = schools.map((school) => {
    const own = responses.filter((response) => (response as { school?: string }).school === school);
    const { accumulator, diagnostics } = addResponses(createAccumulator(survey), own);
    const counted = accumulator.cells.reduce((sum, cell) => sum + cell.respondents, 0);
    console.log(`${school}: ${counted} responses counted, ${accumulator.refused.responses} refused, ${accumulator.refused.answers} answers left out.`);
    if (diagnostics.length > 0) console.log(formatDiagnostics(diagnostics).replace(/^(?=.)/gm, "    "));
    return accumulator;
  });
  const sizes = accumulators.map((accumulator) => JSON.stringify(accumulator).length);
  console.log(`Each school sends its accumulator as JSON (${sizes.map((size) => `${(size / 1024).toFixed(1)} kB`).join(", ")}): counts, not answer sheets.`);

  heading("5.3 The working group merges the three schools' counts");
  const merged = accumulators.reduce(mergeAccumulators, createAccumulator(survey));
  const summary = summarize(merged, { ...options, groupBy: [...options.groupBy] });
  const atOnce = aggregateFeedback(survey, responses, { ...options, groupBy: [...options.groupBy] });
  const same = JSON.stringify({ ...summary, diagnostics: [] }) === JSON.stringify({ ...atOnce, diagnostics: [] });
  console.log(`The merged summary equals counting every response at once: ${same ? "yes" : "no"}.`);

  heading("5.4 The summary report of findings (A8), in Markdown");
  console.log(renderFeedbackReport(summary, { format: "markdown" }));

  heading("5.5 A chart for the report");
  mkdirSync(outputFolder, { recursive: true });
  const file = `${outputFolder}joint-school-evaluation-goals.svg`;
  writeFileSync(file, likertChartSvg(summary, "goals"));
  console.log(`Wrote the chart of "${survey.questions[0]?.text}" to examples/output/joint-school-evaluation-goals.svg.`);
}

/**
 * Documents the project shows its users, by kind of file: the sample records
 * of the rule reference, the rules' own examples, the files in `examples/`,
 * the built-in templates, surveys and policies, and values the library
 * returns (a timeline, an accumulator). Shared by the JSON Schema tests and
 * the command line's tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { agreementRules, builtinPolicies } from "../../src/agreement/index.js";
import { addResponses, createAccumulator, jointSchoolEvaluationSurvey, wowsAndWondersSurvey } from "../../src/feedback/index.js";
import type { DocumentKind } from "../../src/cli/kinds.js";
import { kindOfFile } from "../../src/cli/kinds.js";
import { validators } from "../../src/cli/validators.js";
import { parseSchoolCalendar } from "../../src/calendar/index.js";
import {
  jointSchoolSharing,
  learningCommunityYear,
  peerCoachingProgramme,
  scheduleBackward,
  scheduleForward,
  sharingLearningSession,
} from "../../src/timeline/index.js";

export const root = fileURLToPath(new URL("../..", import.meta.url));

/** A document shown to users, with where it comes from. */
export interface ShownDocument {
  readonly kind: DocumentKind;
  readonly source: string;
  readonly value: unknown;
}

const sampleHeadings: Record<string, DocumentKind> = {
  "Sample classroom visit": "visit",
  "Sample session": "session",
  "Sample learning community": "community",
  "Sample sharing activity plan": "plan",
};

/** The JSON blocks under the "Sample …" headings of the rule reference. */
function ruleReferenceSamples(): ShownDocument[] {
  const text = readFileSync(`${root}docs/guides/agreement-rules.md`, "utf8");
  return Object.entries(sampleHeadings).map(([heading, kind]) => {
    const block = new RegExp(`### ${heading}\\n\\n\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(text);
    if (block === null) throw new Error(`The rule reference has no "${heading}" block.`);
    return { kind, source: `docs/guides/agreement-rules.md: ${heading}`, value: JSON.parse(block[1] ?? "") as unknown };
  });
}

/** Every `<name>.<kind>.json` file under `folder` of the repository, recursively, sorted. */
export function exampleFiles(folder: string): ShownDocument[] {
  const files = readdirSync(`${root}${folder}`, { recursive: true, encoding: "utf8" }).sort();
  return files.flatMap((file) => {
    const kind = kindOfFile(file);
    return kind === undefined ? [] : [{ kind, source: `${folder}/${file}`, value: JSON.parse(readFileSync(`${root}${folder}/${file}`, "utf8")) as unknown }];
  });
}

/** The files of `examples/data/` that predate the naming convention. */
function legacyExampleData(): ShownDocument[] {
  const read = (name: string) => JSON.parse(readFileSync(`${root}examples/data/${name}`, "utf8")) as unknown;
  return [
    { kind: "visit", source: "examples/data/visit-2027-02-03-chan.json", value: read("visit-2027-02-03-chan.json") },
    { kind: "visit", source: "examples/data/visit-2027-03-10-wong.json", value: read("visit-2027-03-10-wong.json") },
    { kind: "plan", source: "examples/data/sharing-day-plan.json", value: read("sharing-day-plan.json") },
  ];
}

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Values the library itself produces or ships, as they would be stored in JSON. */
function libraryValues(): ShownDocument[] {
  const calendar = parseSchoolCalendar(JSON.parse(readFileSync(`${root}examples/data/harbour-secondary-2026-27.calendar.json`, "utf8")));
  if (!calendar.ok) throw new Error("The sample calendar is invalid.");
  const responses = JSON.parse(readFileSync(`${root}examples/data/joint-school-evaluation.responses.json`, "utf8")) as unknown[];
  return [
    ...[jointSchoolSharing, peerCoachingProgramme, learningCommunityYear, sharingLearningSession].map((template) => ({
      kind: "template" as const,
      source: `built-in template ${template.id}`,
      value: roundTrip(template),
    })),
    ...[jointSchoolEvaluationSurvey, wowsAndWondersSurvey].map((survey) => ({ kind: "survey" as const, source: `built-in survey ${survey.id}`, value: roundTrip(survey) })),
    ...Object.entries(builtinPolicies).map(([name, policy]) => ({ kind: "policy" as const, source: `built-in policy ${name}`, value: roundTrip(policy) })),
    {
      kind: "timeline",
      source: "scheduleBackward(jointSchoolSharing)",
      value: roundTrip(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: calendar.value, asOf: "2027-01-04" })),
    },
    {
      kind: "timeline",
      source: "scheduleForward(peerCoachingProgramme)",
      value: roundTrip(scheduleForward(peerCoachingProgramme, { startDay: "2026-09-07", calendar: calendar.value })),
    },
    {
      kind: "accumulator",
      source: "addResponses(createAccumulator(jointSchoolEvaluationSurvey))",
      value: roundTrip(addResponses(createAccumulator(jointSchoolEvaluationSurvey), responses).accumulator),
    },
    { kind: "response", source: "examples/data/joint-school-evaluation.responses.json[0]", value: responses[0] },
  ];
}

/** The rules' passing and failing examples: valid records that a rule judges. */
function ruleExamples(): ShownDocument[] {
  return agreementRules.flatMap((rule) =>
    (["passing", "failing"] as const).map((which) => ({
      kind: rule.subject,
      source: `${rule.id} ${which} example`,
      value: roundTrip(rule.examples[which].input),
    })),
  );
}

/** The findings the library reports on the rules' failing examples. */
function diagnosticsOf(examples: readonly ShownDocument[]): ShownDocument[] {
  return examples
    .filter((example) => example.source.endsWith("failing example"))
    .flatMap((example) => validators[example.kind](example.value, {}).map((diagnostic) => ({ kind: "diagnostic" as const, source: `finding on the ${example.source}`, value: roundTrip(diagnostic) })));
}

/** Every document shown to users, each valid for the library. */
export function shownDocuments(): ShownDocument[] {
  const examples = ruleExamples();
  return [...ruleReferenceSamples(), ...exampleFiles("examples/data"), ...exampleFiles("examples/plans"), ...legacyExampleData(), ...libraryValues(), ...examples, ...diagnosticsOf(examples)];
}

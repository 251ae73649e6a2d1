/**
 * Aggregating 1,000,000 responses to a 10-question Likert survey (5 points)
 * grouped by 500 schools: mean, median and standard deviation of every
 * question in every school.
 *
 * Peers:
 * - "simple-statistics": the code people write with it: group each school's
 *   answers into arrays, then `mean`, `median` and
 *   `sampleStandardDeviation` per school and question.
 * - "hand-written typed-array counts": the practical limit: one `Int32Array`
 *   of counts per school, filled in one loop, statistics from the counts. It
 *   checks nothing, while `aggregateFeedback` checks every response and
 *   answer, keeps free text, suppresses small groups and builds the summary.
 *
 * The responses are made by a seeded generator, so every run measures the
 * same data.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { mean, median, sampleStandardDeviation } from "simple-statistics";
import { aggregateFeedback, agreementScale, defineSurvey, type FeedbackResponse, type PublishedGroupSummary } from "../src/feedback/index.js";
import { compare } from "./harness.js";

const RESPONSES = 1_000_000;
const SCHOOLS = 500;
const QUESTIONS = 10;
const POINTS = 5;

const survey = defineSurvey({
  id: "benchmark",
  title: "Ten statements",
  questions: Array.from({ length: QUESTIONS }, (_, i) => ({ kind: "likert" as const, id: `q${i + 1}`, text: `Statement ${i + 1}`, scale: [...agreementScale] })),
});
const questionIds = survey.questions.map((question) => question.id);
const schoolNames = Array.from({ length: SCHOOLS }, (_, i) => `School ${String(i + 1).padStart(3, "0")}`);

/** Mulberry32: a small seeded generator, so that the data are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20270318);
const responses: FeedbackResponse[] = Array.from({ length: RESPONSES }, () => {
  const school = schoolNames[Math.floor(random() * SCHOOLS)] as string;
  // Each school leans a little: answers centre on 2.5 to 4.5.
  const lean = 2.5 + (Number(school.slice(-3)) % 5) / 2;
  const answers: Record<string, number> = {};
  for (const id of questionIds) answers[id] = Math.min(POINTS, Math.max(1, Math.round(lean + (random() - 0.5) * 4)));
  return { school, answers };
});

interface SchoolStatistics {
  readonly mean: number;
  readonly median: number;
  readonly standardDeviation: number;
}

function collegiate(): Map<string, SchoolStatistics[]> {
  const summary = aggregateFeedback(survey, responses, { groupBy: ["school"] });
  const bySchool = new Map<string, SchoolStatistics[]>();
  if (summary.overall.status !== "published") throw new Error("The benchmark's summary is hidden.");
  for (const group of summary.overall.groups as PublishedGroupSummary[]) {
    bySchool.set(
      group.key.school as string,
      group.questions.map((q) => (q.kind === "likert" ? { mean: q.mean ?? NaN, median: q.median ?? NaN, standardDeviation: q.standardDeviation ?? NaN } : { mean: NaN, median: NaN, standardDeviation: NaN })),
    );
  }
  return bySchool;
}

function withSimpleStatistics(): Map<string, SchoolStatistics[]> {
  const answers = new Map<string, number[][]>();
  for (const response of responses) {
    let lists = answers.get(response.school as string);
    if (lists === undefined) {
      lists = questionIds.map(() => []);
      answers.set(response.school as string, lists);
    }
    questionIds.forEach((id, q) => {
      const value = response.answers[id];
      if (typeof value === "number") lists[q]?.push(value);
    });
  }
  const bySchool = new Map<string, SchoolStatistics[]>();
  for (const [school, lists] of answers) {
    bySchool.set(school, lists.map((values) => ({ mean: mean(values), median: median(values), standardDeviation: sampleStandardDeviation(values) })));
  }
  return bySchool;
}

function withTypedArrayCounts(): Map<string, SchoolStatistics[]> {
  const index = new Map(schoolNames.map((name, i) => [name, i]));
  const width = QUESTIONS * POINTS;
  const counts = new Int32Array(SCHOOLS * width);
  for (const response of responses) {
    const base = (index.get(response.school as string) as number) * width;
    const { answers } = response;
    for (let q = 0; q < QUESTIONS; q += 1) {
      const value = answers[questionIds[q] as string] as number;
      const slot = base + q * POINTS + value - 1;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  const bySchool = new Map<string, SchoolStatistics[]>();
  schoolNames.forEach((name, s) => {
    const statistics: SchoolStatistics[] = [];
    for (let q = 0; q < QUESTIONS; q += 1) {
      const at = s * width + q * POINTS;
      let n = 0;
      let sum = 0;
      let squares = 0;
      for (let v = 0; v < POINTS; v += 1) {
        const c = counts[at + v] as number;
        n += c;
        sum += c * (v + 1);
        squares += c * (v + 1) * (v + 1);
      }
      const kth = (k: number) => {
        let seen = 0;
        for (let v = 0; v < POINTS; v += 1) {
          seen += counts[at + v] as number;
          if (seen >= k) return v + 1;
        }
        return NaN;
      };
      const middle = n % 2 === 1 ? kth((n + 1) / 2) : (kth(n / 2) + kth(n / 2 + 1)) / 2;
      statistics.push({ mean: sum / n, median: middle, standardDeviation: Math.sqrt((n * squares - sum * sum) / (n * (n - 1))) });
    }
    // Schools without a response have no statistics (none here: 2,000 responses each on average).
    if (statistics.every((s) => Number.isFinite(s.mean))) bySchool.set(name, statistics);
  });
  return bySchool;
}

// Same answers before timing anything.
const expected = collegiate();
for (const [peer, result] of [
  ["simple-statistics", withSimpleStatistics()],
  ["typed-array counts", withTypedArrayCounts()],
] as const) {
  if (result.size !== expected.size) throw new Error(`${peer} found ${result.size} schools, collegiate ${expected.size}.`);
  for (const [school, statistics] of expected) {
    statistics.forEach((own, q) => {
      const other = result.get(school)?.[q];
      const close = (a: number, b: number | undefined) => b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
      if (other === undefined || !close(own.mean, other.mean) || own.median !== other.median || !close(own.standardDeviation, other.standardDeviation)) {
        throw new Error(`${peer} disagrees with collegiate on ${school}, question ${q + 1}: the benchmark would compare different work.`);
      }
    });
  }
}

// The check above leaves about a gigabyte of peers' garbage; collect it now, so
// that the first case timed does not pay for it.
setFlagsFromString("--expose-gc");
(runInNewContext("gc") as () => void)();

compare(
  `aggregateFeedback: ${RESPONSES.toLocaleString("en")} responses × ${QUESTIONS} Likert questions, grouped by ${SCHOOLS} schools (mean, median, SD per school and question)`,
  { name: "collegiate aggregateFeedback", run: collegiate },
  [
    { name: "simple-statistics (arrays per school)", run: withSimpleStatistics },
    { name: "hand-written typed-array counts", run: withTypedArrayCounts },
  ],
  4000,
);

/**
 * A small survey with one question of every kind, and fast-check generators
 * of responses to it (valid, and with the mistakes real data has), shared
 * by the feedback tests.
 */
import fc from "fast-check";
import { defineSurvey, type FeedbackResponse } from "../../src/feedback/index.js";

/** One question of every kind; a 3-point Likert scale keeps hand-worked numbers small. */
export const sampleSurvey = defineSurvey({
  id: "sample",
  title: "Sample survey",
  questions: [
    { kind: "likert", id: "useful", text: "The session was useful.", scale: ["Disagree", "Unsure", "Agree"] },
    { kind: "rating", id: "recommend", text: "Would you recommend it?" },
    {
      kind: "single-choice",
      id: "length",
      text: "Length next time",
      options: [
        { id: "shorter", label: "Shorter" },
        { id: "same", label: "The same" },
        { id: "longer", label: "Longer" },
      ],
    },
    {
      kind: "multiple-choice",
      id: "parts",
      text: "Useful parts",
      options: [
        { id: "observation", label: "Observation" },
        { id: "dialogue", label: "Dialogue" },
      ],
    },
    { kind: "yes-no", id: "again", text: "Again?" },
    { kind: "free-text", id: "wow", text: "What went well?", category: "wow" },
  ],
});

const valueArbitrary = fc.constantFrom("A", "B", "C", "D");

/** A valid answer set; some answers missing. */
export const answersArbitrary = fc.record(
  {
    useful: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(null)),
    recommend: fc.integer({ min: 0, max: 10 }),
    length: fc.constantFrom("shorter", "same", "longer"),
    parts: fc.subarray(["observation", "dialogue"]),
    again: fc.boolean(),
    wow: fc.constantFrom("Pairs", "Video", "  Pairs ", "", "Time to talk"),
  },
  { requiredKeys: [] },
);

/** A mistaken answer set: a value outside the scale, an unknown option or question, a wrong type. */
const badAnswersArbitrary = fc.oneof(
  fc.record({ useful: fc.constantFrom(0, 4, 2.5) }),
  fc.record({ length: fc.constant("forever") }),
  fc.record({ parts: fc.constant(["dialogue", "dialogue"]) }),
  fc.record({ again: fc.constant("yes") }),
  fc.record({ unknown: fc.integer() }),
);

/** A response with grouping attributes from small pools, so that groups repeat. */
export const responseArbitrary: fc.Arbitrary<FeedbackResponse> = fc.record(
  {
    school: valueArbitrary,
    role: fc.constantFrom("teacher", "manager"),
    activity: fc.constantFrom("observation", "sharing day"),
    answers: answersArbitrary,
  },
  { requiredKeys: ["answers"] },
);

/** Mostly valid responses, some with mistakes, some not responses at all. */
export const messyResponseArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: responseArbitrary },
  { weight: 1, arbitrary: fc.record({ school: valueArbitrary, answers: badAnswersArbitrary }) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.record({ schol: valueArbitrary, answers: fc.constant({}) })) },
);

/** Responses given unique respondent ids (every other one), so that no id repeats across any split. */
export const responsesArbitrary = (maxLength = 40): fc.Arbitrary<unknown[]> =>
  fc.array(messyResponseArbitrary, { maxLength }).map((responses) =>
    responses.map((response, index) =>
      index % 2 === 0 && typeof response === "object" && response !== null ? { ...response, respondentId: `r${index}` } : response,
    ),
  );

/** A group as a reader of a summary sees it: published (with its number) or hidden, and its listed subgroups. */
export interface SeenGroup {
  readonly published: boolean;
  readonly groups: readonly SeenGroup[];
}

function rank(rows: readonly number[][]): number {
  const matrix = rows.map((row) => [...row]);
  let found = 0;
  const columns = matrix[0]?.length ?? 0;
  for (let column = 0; column < columns && found < matrix.length; column += 1) {
    const pivot = matrix.findIndex((row, index) => index >= found && Math.abs(row[column] ?? 0) > 1e-9);
    if (pivot === -1) continue;
    [matrix[found], matrix[pivot]] = [matrix[pivot] as number[], matrix[found] as number[]];
    const top = matrix[found] as number[];
    for (let r = 0; r < matrix.length; r += 1) {
      const row = matrix[r] as number[];
      if (r === found || Math.abs(row[column] ?? 0) <= 1e-9) continue;
      const factor = (row[column] as number) / (top[column] as number);
      for (let c = column; c < columns; c += 1) row[c] = (row[c] as number) - factor * (top[c] as number);
    }
    found += 1;
  }
  return found;
}

/**
 * The hidden groups whose numbers a reader can work out from the published
 * ones by adding and subtracting. What the reader knows: every published
 * group's numbers, and that a published group's numbers are the sum of its
 * listed subgroups'. The numbers of hidden groups are the unknowns; a hidden
 * group is derivable exactly when its unit vector lies in the row space of
 * those equations (checked by comparing ranks). The same holds for any one
 * number (respondents, a count of answers, a text's count), since every one
 * adds up the same way.
 */
export function derivableHiddenGroups<G extends SeenGroup>(root: G): G[] {
  const hidden: G[] = [];
  const families: G[][] = [];
  const visit = (group: G) => {
    if (!group.published) return;
    const inner = group.groups as readonly G[];
    if (inner.length > 0) families.push(inner.filter((g) => !g.published));
    for (const g of inner) {
      if (!g.published) hidden.push(g);
      visit(g);
    }
  };
  if (!root.published) return [];
  visit(root);
  const equations = families.filter((family) => family.length > 0).map((family) => hidden.map((g) => (family.includes(g) ? 1 : 0)));
  if (equations.length === 0) return [];
  const base = rank(equations);
  return hidden.filter((_, index) => rank([...equations, hidden.map((_, i) => (i === index ? 1 : 0))]) === base);
}

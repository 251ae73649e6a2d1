import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import {
  aggregateFeedback,
  defineSurvey,
  FeedbackOptionsSchema,
  renderFeedbackReport,
  type FeedbackSummary,
  type FreeTextQuestionSummary,
  type GroupSummary,
} from "../../src/feedback/index.js";
import { InvalidInputError } from "../../src/index.js";

const survey = defineSurvey({
  id: "comments",
  title: "Comments",
  questions: [
    { kind: "likert", id: "useful", text: "Useful.", scale: ["No", "Partly", "Yes"] },
    { kind: "free-text", id: "wow", text: "What went well", category: "wow" },
  ],
});

interface Person {
  readonly school: string;
  readonly role: string;
  readonly comment: string | null;
}

const responsesOf = (people: readonly Person[]) =>
  people.map(({ school, role, comment }) => ({ school, role, answers: { useful: 3, wow: comment } }));

function wowOf(group: GroupSummary): FreeTextQuestionSummary | undefined {
  if (group.status !== "published") return undefined;
  return group.questions.find((q): q is FreeTextQuestionSummary => q.kind === "free-text");
}

/** A group's published comments as a multiset, or `undefined` when it publishes none. */
function publishedComments(group: GroupSummary): Map<string, number> | undefined {
  const wow = wowOf(group);
  if (wow === undefined || wow.withheld !== null) return undefined;
  return new Map(wow.texts.map((entry) => [entry.text, entry.count]));
}

describe("comments of small groups", () => {
  // Two schools: Bay is too small for results, Hill large enough for everything.
  const people: Person[] = [
    ...Array.from({ length: 12 }, (_, i): Person => ({ school: "Hill", role: "teacher", comment: i < 2 ? "Good pacing" : null })),
    ...Array.from({ length: 3 }, (_, i): Person => ({ school: "Bay", role: "teacher", comment: i === 0 ? "Our head never listens" : null })),
  ];

  it("are never in a published list from which the visible groups' lists can be subtracted to leave them alone", () => {
    const summary = aggregateFeedback(survey, responsesOf(people), { groupBy: ["school"] });
    const overall = summary.overall;
    // The overall list holds both schools' comments, so Hill's own list is withheld beside it.
    expect(publishedComments(overall)?.get("Our head never listens")).toBe(1);
    const groups = overall.status === "published" ? overall.groups : [];
    expect(groups.map((group) => publishedComments(group))).toEqual([undefined, undefined]);
  });

  it("need at least minCommentGroupSize respondents (default 10), while results need minGroupSize", () => {
    const six = Array.from({ length: 6 }, (): Person => ({ school: "Hill", role: "teacher", comment: "Fine" }));
    const summary = aggregateFeedback(survey, responsesOf(six));
    expect(summary.minCommentGroupSize).toBe(10);
    expect(summary.overall.status).toBe("published");
    expect(wowOf(summary.overall)).toEqual({
      questionId: "wow",
      text: "What went well",
      kind: "free-text",
      category: "wow",
      n: null,
      missing: null,
      texts: [],
      withheld: { reason: "fewer-than-minimum", fewerThan: 10 },
    });
    const report = renderFeedbackReport(summary, { format: "markdown" });
    expect(report).toContain("Comments are not shown: fewer than 10.");
    expect(report).not.toContain("Fine");
    expect(renderFeedbackReport(summary, { format: "csv" })).toContain("texts_withheld:wow,,fewer than 10");
    const allowed = aggregateFeedback(survey, responsesOf(six), { minCommentGroupSize: 5 });
    expect(wowOf(allowed.overall)?.texts).toEqual([{ text: "Fine", count: 6 }]);
  });

  it("default to the minimum group size when that is above 10, and may not be set below it", () => {
    expect(aggregateFeedback(survey, [], { minGroupSize: 12 }).minCommentGroupSize).toBe(12);
    const result = FeedbackOptionsSchema.safeParse({ minGroupSize: 6, minCommentGroupSize: 5 });
    expect(result.success).toBe(false);
    try {
      aggregateFeedback(survey, [], { minGroupSize: 6, minCommentGroupSize: 5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).diagnostics).toEqual([
        {
          ruleId: "schema/minimum-comment-group-size",
          severity: "error",
          code: "feedback/options.minimum-comment-group-size",
          params: { minimum: 6 },
          message: "The minimum group size for comments cannot be below the minimum group size for results (6).",
          path: ["minCommentGroupSize"],
        },
      ]);
    }
    expect(() => aggregateFeedback(survey, [], { minGroupSize: 6, minCommentGroupSize: 5, locale: zhHant })).toThrow("意見的最少組別人數");
  });

  it("withhold the lists of a group's subgroups when the group's own are withheld, and say so in the report", () => {
    // A large school with a small role keeps its results but withholds its roles' comments.
    const school: Person[] = [
      ...Array.from({ length: 11 }, (): Person => ({ school: "Hill", role: "teacher", comment: "Teachers' view" })),
      ...Array.from({ length: 6 }, (): Person => ({ school: "Hill", role: "manager", comment: "Managers' view" })),
      ...Array.from({ length: 7 }, (): Person => ({ school: "Bay", role: "teacher", comment: "Bay view" })),
    ];
    const summary = aggregateFeedback(survey, responsesOf(school), { groupBy: ["school", "role"] });
    const [bay, hill] = summary.overall.status === "published" ? summary.overall.groups : [];
    // Bay (7) is under 10, so Hill's list is withheld with it; Hill's roles publish none.
    expect(wowOf(bay as GroupSummary)?.withheld).toEqual({ reason: "fewer-than-minimum", fewerThan: 10 });
    expect(wowOf(hill as GroupSummary)?.withheld).toEqual({ reason: "protects-smaller-group", fewerThan: null });
    const roles = hill?.status === "published" ? hill.groups : [];
    expect(roles.map((role) => wowOf(role)?.withheld)).toEqual([
      { reason: "fewer-than-minimum", fewerThan: 10 },
      { reason: "protects-smaller-group", fewerThan: null },
    ]);
    expect(publishedComments(summary.overall)?.get("Bay view")).toBe(7);
    const zh = renderFeedbackReport(aggregateFeedback(survey, responsesOf(school.slice(0, 6))), { format: "markdown", locale: zhHant });
    expect(zh).toContain("不顯示意見：少於10人。");
  });
});

/** What a reader can isolate: for each parent with a published list, its list less its children's published lists. */
function isolatedByElimination(summary: FeedbackSummary, truth: (key: GroupSummary["key"]) => Map<string, number>): string[] {
  const problems: string[] = [];
  const visit = (parent: GroupSummary) => {
    if (parent.status !== "published") return;
    const parentList = publishedComments(parent);
    if (parentList !== undefined && parent.groups.length > 0) {
      const withheld = parent.groups.filter((child) => publishedComments(child) === undefined);
      const remainder = new Map(parentList);
      for (const child of parent.groups) {
        for (const [text, count] of publishedComments(child) ?? []) remainder.set(text, (remainder.get(text) ?? 0) - count);
      }
      const left = [...remainder].filter(([, count]) => count !== 0);
      if (left.some(([, count]) => count < 0)) problems.push(`${parent.label}: children's lists exceed the parent's`);
      // One withheld child alone: whatever is left is its comments, known by elimination.
      if (withheld.length === 1 && left.length > 0) problems.push(`${parent.label}: isolates ${withheld[0]?.label}`);
      // Two or more: what is left is theirs together, and no comment of theirs is missing from it.
      for (const child of withheld) {
        for (const [text, count] of truth(child.key)) {
          if ((remainder.get(text) ?? 0) < count) problems.push(`${child.label}: "${text}" unaccounted for`);
        }
      }
    }
    for (const child of parent.groups) visit(child);
  };
  visit(summary.overall);
  return problems;
}

const personArbitrary = fc.record({
  school: fc.constantFrom("A", "B", "C", "D"),
  role: fc.constantFrom("t", "m", "s"),
  comment: fc.option(fc.constantFrom("shared", "also shared", "x1", "x2", "x3"), { nil: null }),
});

describe("comment lists on random partitions", () => {
  it("never let a withheld group's comments be isolated, and publish only groups of at least minCommentGroupSize", () => {
    fc.assert(
      fc.property(
        fc.array(personArbitrary, { maxLength: 80 }),
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom<("school" | "role")[]>(["school"], ["school", "role"], ["role", "school"]),
        (people, minGroupSize, extra, groupBy) => {
          const minCommentGroupSize = minGroupSize + extra;
          const summary = aggregateFeedback(survey, responsesOf(people), { groupBy, minGroupSize, minCommentGroupSize });
          const members = (key: GroupSummary["key"]) =>
            people.filter((person) => (key.school === undefined || key.school === person.school) && (key.role === undefined || key.role === person.role));
          const truth = (key: GroupSummary["key"]) => {
            const list = new Map<string, number>();
            for (const { comment } of members(key)) if (comment !== null) list.set(comment, (list.get(comment) ?? 0) + 1);
            return list;
          };
          expect(isolatedByElimination(summary, truth)).toEqual([]);
          const check = (group: GroupSummary) => {
            if (group.status !== "published") return;
            const list = publishedComments(group);
            if (list !== undefined) {
              expect(members(group.key).length).toBeGreaterThanOrEqual(minCommentGroupSize);
              expect(list).toEqual(truth(group.key));
            } else {
              expect(wowOf(group)).toMatchObject({ n: null, missing: null, texts: [] });
            }
            // Withheld siblings together describe at least minCommentGroupSize people.
            const withheld = group.groups.filter((child) => publishedComments(child) === undefined);
            if (list !== undefined && withheld.length > 0) {
              expect(withheld.reduce((sum, child) => sum + members(child.key).length, 0)).toBeGreaterThanOrEqual(minCommentGroupSize);
            }
            group.groups.forEach(check);
          };
          check(summary.overall);
        },
      ),
      { numRuns: 300 },
    );
  });
});

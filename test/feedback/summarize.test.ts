import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import {
  addResponses,
  createAccumulator,
  InvalidInputError,
  summarize,
  type FeedbackResponse,
  type GroupSummary,
  type PublishedGroupSummary,
  type QuestionSummary,
} from "../../src/index.js";
import { derivableHiddenGroups, responseArbitrary, responsesArbitrary, sampleSurvey } from "../support/feedback.js";

const empty = createAccumulator(sampleSurvey);
const count = (responses: readonly unknown[]) => addResponses(empty, responses).accumulator;

function published(group: GroupSummary | undefined): PublishedGroupSummary {
  if (group?.status !== "published") throw new Error(`expected a published group, got ${JSON.stringify(group)}`);
  return group;
}

/** The summary of one question, narrowed to its kind (a Likert and a rating summary share one interface). */
function question<K extends QuestionSummary["kind"]>(group: GroupSummary | undefined, id: string, kind: K): QuestionSummary & { kind: K } {
  const found = published(group).questions.find((q) => q.questionId === id);
  if (found?.kind !== kind) throw new Error(`expected a ${kind} question ${id}`);
  return found as QuestionSummary & { kind: K };
}

/** `n` responses of one school and role, each with the given answers. */
const many = (n: number, school: string, role: string, answers: FeedbackResponse["answers"] = {}): FeedbackResponse[] =>
  Array.from({ length: n }, () => ({ school, role, answers }));

describe("summarize: every statistic on a small data set worked out by hand", () => {
  // Ten respondents. useful (1–3): 3, 3, 3, 3, 2, 2, 1, and three without an answer.
  // recommend (0–10): 10, 9, 9, 8, 7, 6, 3, 0, 10, 9.
  // length: same ×5, longer ×3, shorter ×1, one missing. parts: [o, d], [o], [d], [], [d] then missing.
  // again: true ×6, false ×2, two missing. wow: "Pairs" ×2 (one with spaces), "Video", rest empty or missing.
  const useful = [3, 3, 3, 3, 2, 2, 1, null, null, null];
  const recommend = [10, 9, 9, 8, 7, 6, 3, 0, 10, 9];
  const length = ["same", "same", "same", "same", "same", "longer", "longer", "longer", "shorter", null];
  const parts = [["observation", "dialogue"], ["observation"], ["dialogue"], [], ["dialogue"], null, null, null, null, null];
  const again = [true, true, true, true, true, true, false, false, null, null];
  const wow = ["Pairs", " Pairs ", "Video", "", null, null, null, null, null, null];
  const responses = useful.map((_, i) => ({
    school: "A",
    answers: { useful: useful[i] ?? null, recommend: recommend[i] ?? null, length: length[i] ?? null, parts: parts[i] ?? null, again: again[i] ?? null, wow: wow[i] ?? null },
  }));
  const summary = summarize(count(responses), { invited: 16 });
  const overall = published(summary.overall);

  it("counts respondents against the invited", () => {
    expect(overall.respondents).toBe(10);
    expect(overall.responseRate).toEqual({ invited: 16, rate: 10 / 16 });
  });

  it("describes a 3-point Likert question", () => {
    const q = question(overall, "useful", "likert");
    expect(q.n).toBe(7);
    expect(q.missing).toBe(3);
    expect(q.distribution.map((p) => [p.value, p.label, p.count])).toEqual([
      [1, "Disagree", 1],
      [2, "Unsure", 2],
      [3, "Agree", 4],
    ]);
    expect(q.distribution[2]?.share).toBe(4 / 7);
    // Mean (1 + 2·2 + 3·4) / 7 = 17/7. Sorted 1, 2, 2, 3, 3, 3, 3: median is the 4th (3.5 → 4th) = 3;
    // Q1: 7·0.25 = 1.75 → 2nd = 2; Q3: 5.25 → 6th = 3.
    expect(q.mean).toBe(17 / 7);
    expect(q.median).toBe(3);
    expect(q.lowerQuartile).toBe(2);
    expect(q.upperQuartile).toBe(3);
    // S = 17, Q = 1 + 8 + 36 = 45: (7·45 − 289) / (7·6) = 26/42.
    expect(q.standardDeviation).toBe(Math.sqrt(26 / 42));
    // On a 3-point scale the boxes are one point each, so they never overlap.
    expect(q.topBox.values).toEqual([3]);
    expect(q.topBox.count).toBe(4);
    expect(q.topBox.share).toBe(4 / 7);
    expect(q.bottomBox).toMatchObject({ values: [1], count: 1, share: 1 / 7 });
    expect(q.netScore).toBeNull();
  });

  it("describes a 0–10 rating with its net score", () => {
    const q = question(overall, "recommend", "rating");
    expect(q.n).toBe(10);
    // Sorted: 0, 3, 6, 7, 8, 9, 9, 9, 10, 10. Mean 71/10; median (8 + 9)/2; Q1 2.5 → 3rd = 6; Q3 7.5 → 8th = 9.
    expect(q.mean).toBe(7.1);
    expect(q.median).toBe(8.5);
    expect(q.lowerQuartile).toBe(6);
    expect(q.upperQuartile).toBe(9);
    // Q = 0 + 9 + 36 + 49 + 64 + 3·81 + 2·100 = 601: (10·601 − 71²) / 90 = 969/90.
    expect(q.standardDeviation).toBe(Math.sqrt(969 / 90));
    // Promoters 9, 9, 9, 10, 10 = 5; passives 7, 8 = 2; detractors 0, 3, 6 = 3: 100·(5 − 3)/10 = 20.
    expect(q.netScore).toEqual({ promoters: 5, passives: 2, detractors: 3, score: 20 });
    expect(q.topBox).toMatchObject({ values: [9, 10], count: 5, share: 0.5 });
    expect(q.bottomBox).toMatchObject({ values: [0, 1], count: 1, share: 0.1 });
    expect(q.distribution).toHaveLength(11);
  });

  it("counts choices with shares of those who answered", () => {
    const single = question(overall, "length", "single-choice");
    expect(single.n).toBe(9);
    expect(single.options.map((o) => [o.optionId, o.count, o.share])).toEqual([
      ["shorter", 1, 1 / 9],
      ["same", 5, 5 / 9],
      ["longer", 3, 3 / 9],
    ]);
    const multiple = question(overall, "parts", "multiple-choice");
    // Five answered (one chose none); observation twice, dialogue three times: shares add up past 1.
    expect(multiple.n).toBe(5);
    expect(multiple.missing).toBe(5);
    expect(multiple.options.map((o) => [o.optionId, o.count, o.share])).toEqual([
      ["observation", 2, 0.4],
      ["dialogue", 3, 0.6],
    ]);
  });

  it("counts yes and no, with the Wilson interval of yes", () => {
    const q = question(overall, "again", "yes-no");
    expect(q.n).toBe(8);
    expect(q.no).toBe(2);
    expect(q.yes.count).toBe(6);
    expect(q.yes.share).toBe(0.75);
    // 6 of 8: (0.75 + z²/16 ± z·√(0.75·0.25/8 + z²/256)) / (1 + z²/8) = (0.4093, 0.9285).
    expect(q.yes.interval?.lower).toBeCloseTo(0.4093, 4);
    expect(q.yes.interval?.upper).toBeCloseTo(0.9285, 4);
  });

  it("groups free text, trimmed and sorted, with counts and no respondent", () => {
    const q = question(overall, "wow", "free-text");
    expect(q.category).toBe("wow");
    expect(q.texts).toEqual([
      { text: "Pairs", count: 2 },
      { text: "Video", count: 1 },
    ]);
    expect(q.n).toBe(3);
    expect(q.missing).toBe(7);
  });
});

describe("summarize: anonymity on hand-made partitions", () => {
  it("one small group: shows its count band only, and hides the next smallest group too", () => {
    const accumulator = count([...many(10, "A", "teacher", { useful: 3, wow: "A's text" }), ...many(8, "B", "teacher", { useful: 2 }), ...many(3, "C", "teacher", { useful: 1, wow: "C's text" })]);
    const summary = summarize(accumulator, { groupBy: ["school"] });
    const [a, b, c] = published(summary.overall).groups;
    expect(published(a).respondents).toBe(10);
    expect(b).toEqual({ status: "hidden", reason: "protects-smaller-group", key: { school: "B" }, label: "B", fewerThan: null });
    expect(c).toEqual({ status: "hidden", reason: "fewer-than-minimum", key: { school: "C" }, label: "C", fewerThan: 5 });
    // Nothing of a hidden group is in the summary: no count, no score, no text.
    expect(JSON.stringify(c)).not.toContain("C's text");
  });

  it("two small groups: hidden together when they reach the minimum, with another group when they do not", () => {
    const together = summarize(count([...many(10, "A", "t"), ...many(3, "B", "t"), ...many(2, "C", "t"), ...many(7, "D", "t")]), { groupBy: ["school"] });
    expect(published(together.overall).groups.map((g) => [g.label, g.status])).toEqual([
      ["A", "published"],
      ["B", "hidden"],
      ["C", "hidden"],
      ["D", "published"],
    ]);
    const short = summarize(count([...many(10, "A", "t"), ...many(2, "B", "t"), ...many(2, "C", "t"), ...many(7, "D", "t")]), { groupBy: ["school"] });
    expect(published(short.overall).groups.map((g) => [g.label, g.status === "hidden" ? g.reason : g.status])).toEqual([
      ["A", "published"],
      ["B", "fewer-than-minimum"],
      ["C", "fewer-than-minimum"],
      ["D", "protects-smaller-group"],
    ]);
  });

  it("nested grouping: school then role, protecting inside each published school", () => {
    const accumulator = count([
      ...many(12, "A", "teacher"),
      ...many(3, "A", "manager"),
      ...many(2, "A", "support"),
      ...many(7, "C", "teacher"),
      ...many(4, "C", "manager"),
      ...many(3, "D", "teacher"),
    ]);
    const summary = summarize(accumulator, { groupBy: ["school", "role"] });
    const [a, c, d] = published(summary.overall).groups;
    expect(published(a).groups.map((g) => [g.label, g.status === "hidden" ? g.reason : g.status])).toEqual([
      ["A › manager", "fewer-than-minimum"],
      ["A › support", "fewer-than-minimum"],
      ["A › teacher", "published"],
    ]);
    // Schools A 17, C 11 and D 3: D is too small, and C, the next smallest, is hidden with it.
    expect(c).toMatchObject({ status: "hidden", reason: "protects-smaller-group" });
    expect(d).toMatchObject({ status: "hidden", reason: "fewer-than-minimum", fewerThan: 5 });
    expect(derivableHiddenGroups(seenTree(summary.overall))).toEqual([]);
  });

  it("hides everything when fewer than the minimum responded", () => {
    const summary = summarize(count(many(4, "A", "t", { useful: 3 })), { groupBy: ["school"] });
    expect(summary.overall).toEqual({ status: "hidden", reason: "fewer-than-minimum", key: {}, label: "All respondents", fewerThan: 5 });
  });

  it("refuses a minimum below 3, and a repeated or unknown grouping", () => {
    expect(() => summarize(empty, { minGroupSize: 2 })).toThrow(InvalidInputError);
    expect(() => summarize(empty, { minGroupSize: 2 })).toThrow("The minimum group size cannot be below 3");
    expect(() => summarize(empty, { groupBy: ["school", "school"] })).toThrow('The grouping attribute "school" is listed twice.');
    expect(() => summarize(empty, { groupBy: ["colour" as "school"] })).toThrow(InvalidInputError);
    expect(() => summarize(empty, { invited: { A: 3 } })).toThrow("Invitations per group need a grouping");
  });

  it("gives response rates per first-level group and their sum overall, and warns when more responded than were invited", () => {
    const summary = summarize(count([...many(6, "A", "t"), ...many(5, "B", "t"), ...many(5, "B", "m")]), {
      groupBy: ["school", "role"],
      invited: { A: 5, B: 20, E: 5 },
    });
    const overall = published(summary.overall);
    // 16 respondents of 5 + 20 + 5 = 30 invited (E invited, nobody answered).
    expect(overall.responseRate).toEqual({ invited: 30, rate: 16 / 30 });
    const [a, b] = overall.groups;
    expect(published(a).responseRate).toEqual({ invited: 5, rate: 6 / 5 });
    // B: 5 teachers and 5 managers of 20 invited.
    expect(published(b).responseRate).toEqual({ invited: 20, rate: 0.5 });
    expect(published(published(b).groups[0]).responseRate).toBeNull();
    expect(summary.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      [
        "feedback/invited-group-without-responses",
        "warning",
        'The number invited names the school "E", but no response gives that school, so it gets no response rate; check the spelling.',
      ],
      ["feedback/more-responses-than-invited", "warning", "A: 6 responses but only 5 invited; check the number invited."],
    ]);
  });

  it("gives a total invited to the whole only, and no rate of none invited", () => {
    const summary = summarize(count([...many(5, "A", "t"), ...many(5, "B", "t")]), { groupBy: ["school"], invited: 20 });
    const overall = published(summary.overall);
    expect(overall.responseRate).toEqual({ invited: 20, rate: 0.5 });
    expect(overall.groups.map((group) => published(group).responseRate)).toEqual([null, null]);

    const noneInvited = summarize(count(many(5, "A", "t")), { invited: 0 });
    expect(published(noneInvited.overall).responseRate).toEqual({ invited: 0, rate: null });
    expect(noneInvited.diagnostics.map((d) => d.message)).toEqual(["All respondents: 5 responses but only 0 invited; check the number invited."]);
  });

  it("labels respondents who did not state an attribute, after the others", () => {
    const summary = summarize(count([...many(5, "A", "t"), ...Array.from({ length: 5 }, () => ({ answers: {} }))]), { groupBy: ["school"] });
    expect(published(summary.overall).groups.map((g) => [g.label, g.key])).toEqual([
      ["A", { school: "A" }],
      ["(not stated)", { school: null }],
    ]);
  });
});

interface Seen {
  readonly published: boolean;
  readonly respondents: number;
  readonly groups: readonly Seen[];
}

function seenTree(group: GroupSummary): Seen {
  return group.status === "published"
    ? { published: true, respondents: group.respondents, groups: group.groups.map(seenTree) }
    : { published: false, respondents: -1, groups: [] };
}

/** Responses spread over few schools and roles, so that small groups are common. */
const groupedResponsesArbitrary = fc.array(responseArbitrary, { maxLength: 60 });
const groupingArbitrary = fc.shuffledSubarray(["school", "role", "activity"] as const, { minLength: 1, maxLength: 3 });

describe("summarize: properties", () => {
  it("does not depend on the order of the responses", () => {
    fc.assert(
      fc.property(
        responsesArbitrary(30).chain((responses) => fc.tuple(fc.constant(responses), fc.shuffledSubarray(responses, { minLength: responses.length, maxLength: responses.length }))),
        groupingArbitrary,
        ([responses, shuffled], groupBy) => {
          expect(count(shuffled)).toEqual(count(responses));
          expect(summarize(count(shuffled), { groupBy, minGroupSize: 3 })).toEqual(summarize(count(responses), { groupBy, minGroupSize: 3 }));
        },
      ),
    );
  });

  it("publishes no group below the minimum and lets no hidden group's numbers be derived by subtraction", () => {
    fc.assert(
      fc.property(groupedResponsesArbitrary, groupingArbitrary, fc.integer({ min: 3, max: 7 }), (responses, groupBy, minGroupSize) => {
        const summary = summarize(count(responses), { groupBy, minGroupSize });
        const check = (group: GroupSummary): void => {
          if (group.status === "hidden") return;
          expect(group.respondents).toBeGreaterThanOrEqual(minGroupSize);
          const hidden = group.groups.filter((g) => g.status === "hidden");
          if (hidden.length > 0) {
            // Subtracting the published subgroups leaves at least two groups and the minimum of people together.
            const shown = group.groups.reduce((sum, g) => sum + (g.status === "published" ? g.respondents : 0), 0);
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(group.respondents - shown).toBeGreaterThanOrEqual(minGroupSize);
          }
          group.groups.forEach(check);
        };
        check(summary.overall);
        expect(derivableHiddenGroups(seenTree(summary.overall))).toEqual([]);
        // A group hidden as too small really has fewer respondents than the minimum.
        const truth = (key: Readonly<Record<string, string | null | undefined>>) =>
          responses.filter((r) => Object.entries(key).every(([attribute, value]) => (r[attribute as "school"] ?? null) === value)).length;
        const visit = (group: GroupSummary): void => {
          if (group.status === "hidden") {
            if (group.reason === "fewer-than-minimum") expect(truth(group.key)).toBeLessThan(minGroupSize);
            else expect(truth(group.key)).toBeGreaterThanOrEqual(minGroupSize);
          } else group.groups.forEach(visit);
        };
        visit(summary.overall);
      }),
    );
  });

  it("adds up: a published group's numbers are the sums of its subgroups'", () => {
    fc.assert(
      fc.property(groupedResponsesArbitrary, groupingArbitrary, (responses, groupBy) => {
        // With the smallest minimum allowed, and only all-published families, the published numbers must add up.
        const summary = summarize(count(responses), { groupBy, minGroupSize: 3 });
        const visit = (group: GroupSummary): void => {
          if (group.status === "hidden" || group.groups.length === 0) return;
          if (group.groups.every((g) => g.status === "published")) {
            const inner = group.groups as PublishedGroupSummary[];
            expect(inner.reduce((sum, g) => sum + g.respondents, 0)).toBe(group.respondents);
            const rating = (g: PublishedGroupSummary) => question(g, "recommend", "rating").distribution.map((p) => p.count);
            const added = inner.map(rating).reduce((sum, counts) => sum.map((c, i) => c + (counts[i] ?? 0)));
            expect(added).toEqual(rating(group));
          }
          group.groups.forEach(visit);
        };
        visit(summary.overall);
      }),
      { numRuns: 50 },
    );
  });
});

describe("summarize: invitations of groups that no response has", () => {
  const responses = [...Array.from({ length: 6 }, () => ({ school: "Harbour Secondary", answers: { useful: 2 } }))];

  it("warns once per such group, naming it, in the summary's language, and still counts it in the total", () => {
    const invited = { "Harbour Secondary": 10, "Harbor Secondary": 4, "Hill Primary": 0 };
    const summary = summarize(count(responses), { groupBy: ["school"], invited });
    expect(summary.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([
      ["feedback/invited-group-without-responses", "warning", ["invited", "Harbor Secondary"]],
      ["feedback/invited-group-without-responses", "warning", ["invited", "Hill Primary"]],
    ]);
    expect(summary.diagnostics[0]?.message).toContain('"Harbor Secondary"');
    expect(published(summary.overall).responseRate).toEqual({ invited: 14, rate: 6 / 14 });
    const zh = summarize(count(responses), { groupBy: ["school"], invited, locale: zhHant });
    expect(zh.diagnostics[0]?.message).toBe("邀請人數列出了學校「Harbor Secondary」，但沒有回應屬於該學校，因此不計算其回應率；請檢查拼寫。");
  });

  it("does not warn about a group that responded but is hidden", () => {
    const summary = summarize(count([...responses, { school: "Bay", answers: {} }]), { groupBy: ["school"], invited: { "Harbour Secondary": 10, Bay: 3 } });
    expect(summary.diagnostics).toEqual([]);
  });
});

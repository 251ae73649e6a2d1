/**
 * The counting engine behind accumulators: a mutable working copy with one
 * flat `Float64Array` tally per group cell, found through nested maps of the
 * grouping attributes, so that counting a response costs a few map lookups
 * and one increment per answer. Public functions copy an accumulator into a
 * working copy, count, and copy back out to plain JSON, so nothing the caller
 * holds is ever mutated. Internal module.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { AccumulatorCell, FeedbackAccumulator } from "./accumulator.js";
import type { Locale } from "../text/locale.js";
import { feedbackMessage, feedbackTemplates, feedbackText } from "./message.js";
import { FeedbackResponseSchema, isWellFormedResponse, type FeedbackResponse } from "./response.js";
import type { Survey } from "./survey.js";
import { surveyLayout, type CountedLayout, type SurveyLayout } from "./surveyLayout.js";

type GroupValue = string | null;

/** The working copy of one cell. */
export interface WorkCell {
  readonly school: GroupValue;
  readonly role: GroupValue;
  readonly activity: GroupValue;
  readonly session: GroupValue;
  respondents: number;
  /** The survey layout's slots: answered, then values, per counted question. */
  readonly counts: Float64Array;
  /** Per free-text question: text to count. */
  readonly texts: Map<string, number>[];
}

/** The working copy of an accumulator. */
export interface Work {
  readonly layout: SurveyLayout;
  readonly cells: Map<GroupValue, Map<GroupValue, Map<GroupValue, Map<GroupValue, WorkCell>>>>;
  /** The cells of responses that give only their school, by school. */
  readonly schoolOnly: Map<GroupValue, WorkCell>;
  readonly respondentIds: Set<string>;
  readonly countedTwice: Set<string>;
  readonly refused: { responses: number; answers: number };
}

/** An empty working copy for a survey. */
export function emptyWork(survey: Survey): Work {
  return {
    layout: surveyLayout(survey),
    cells: new Map(),
    schoolOnly: new Map(),
    respondentIds: new Set(),
    countedTwice: new Set(),
    refused: { responses: 0, answers: 0 },
  };
}

function child<V>(map: Map<GroupValue, Map<GroupValue, V>>, key: GroupValue): Map<GroupValue, V> {
  let found = map.get(key);
  if (found === undefined) {
    found = new Map();
    map.set(key, found);
  }
  return found;
}

/** The cell of one combination of grouping attributes, created when first met. */
export function cellOf(work: Work, school: GroupValue, role: GroupValue, activity: GroupValue, session: GroupValue): WorkCell {
  const sessions = child(child(child(work.cells, school), role), activity);
  let cell = sessions.get(session);
  if (cell === undefined) {
    cell = {
      school,
      role,
      activity,
      session,
      respondents: 0,
      counts: new Float64Array(work.layout.width),
      texts: work.layout.texts.map(() => new Map()),
    };
    sessions.set(session, cell);
  }
  return cell;
}

/** The cell of responses that give their school only: one lookup instead of four. */
function schoolCell(work: Work, school: GroupValue): WorkCell {
  let cell = work.schoolOnly.get(school);
  if (cell === undefined) {
    cell = cellOf(work, school, null, null, null);
    work.schoolOnly.set(school, cell);
  }
  return cell;
}

/** Every cell of a working copy, in no particular order. */
export function* workCells(work: Work): Generator<WorkCell> {
  for (const roles of work.cells.values())
    for (const activities of roles.values())
      for (const sessions of activities.values()) yield* sessions.values();
}

/**
 * The value a record holds under `key` as its own property: never one
 * inherited from `Object.prototype` (a question or group called `toString`
 * or `constructor` finds nothing rather than a function).
 */
export function ownEntry<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Adds the counts of a JSON cell to the working copy. */
export function addCell(work: Work, cell: AccumulatorCell): void {
  const target = cellOf(work, cell.school, cell.role, cell.activity, cell.session);
  target.respondents += cell.respondents;
  for (const { question, offset } of work.layout.counted) {
    const counts = ownEntry(cell.counts, question.id) ?? [];
    counts.forEach((count, index) => {
      target.counts[offset + index] = (target.counts[offset + index] as number) + count;
    });
  }
  for (const { question, index } of work.layout.texts) {
    const texts = target.texts[index] as Map<string, number>;
    for (const entry of ownEntry(cell.texts, question.id) ?? []) texts.set(entry.text, (texts.get(entry.text) ?? 0) + entry.count);
  }
}

/** A working copy of an accumulator. */
export function toWork(accumulator: FeedbackAccumulator): Work {
  const work = emptyWork(accumulator.survey);
  for (const cell of accumulator.cells) addCell(work, cell);
  for (const id of accumulator.respondentIds) work.respondentIds.add(id);
  for (const id of accumulator.countedTwice) work.countedTwice.add(id);
  work.refused.responses = accumulator.refused.responses;
  work.refused.answers = accumulator.refused.answers;
  return work;
}

function compareValues(a: GroupValue, b: GroupValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Orders cells by school, then role, activity and session; `null` first. */
function compareCells(a: AccumulatorCell | WorkCell, b: AccumulatorCell | WorkCell): number {
  return (
    compareValues(a.school, b.school) ||
    compareValues(a.role, b.role) ||
    compareValues(a.activity, b.activity) ||
    compareValues(a.session, b.session)
  );
}

/** Orders distinct strings (set members and map keys, never equal). */
function compareDistinct(a: string, b: string): number {
  return a < b ? -1 : 1;
}

/** The accumulator a working copy stands for, in canonical form (everything sorted). */
export function fromWork(work: Work): FeedbackAccumulator {
  const { layout } = work;
  const cells = [...workCells(work)].sort(compareCells).map((cell): AccumulatorCell => {
    // Built from entries, so every id is an own property, whatever its name.
    const counts: Record<string, number[]> = Object.fromEntries(
      layout.counted.map(({ question, offset, values }) => [question.id, Array.from(cell.counts.subarray(offset, offset + 1 + values))]),
    );
    const texts: AccumulatorCell["texts"] = Object.fromEntries(
      layout.texts.map(({ question, index }) => [
        question.id,
        [...(cell.texts[index] as Map<string, number>)].sort(([a], [b]) => compareDistinct(a, b)).map(([text, count]) => ({ text, count })),
      ]),
    );
    const { school, role, activity, session, respondents } = cell;
    return { school, role, activity, session, respondents, counts, texts };
  });
  return {
    format: "collegiate/feedback-accumulator@1",
    survey: layout.survey,
    cells,
    respondentIds: [...work.respondentIds].sort(compareDistinct),
    countedTwice: [...work.countedTwice].sort(compareDistinct),
    refused: { ...work.refused },
  };
}

/** What an answer of the wrong type is (never `null` or `undefined`: both are "no answer"). */
function received(value: unknown, locale: Locale): string {
  if (Array.isArray(value)) {
    // A list of the wrong things: name the first item that is not an id.
    const odd: unknown = value.find((item) => typeof item !== "string");
    if (odd === undefined) return feedbackMessage(locale, "response.received.list");
    return feedbackMessage(locale, "response.received.list-holding", { item: odd === null ? "null" : received(odd, locale) });
  }
  if (typeof value === "string") return feedbackMessage(locale, "response.received.text");
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return String(value);
  return typeof value === "object" ? feedbackMessage(locale, "response.received.object") : typeof value;
}

function expected(layout: CountedLayout | { question: { kind: "free-text" } }, locale: Locale): string {
  const { question } = layout;
  return question.kind === "likert"
    ? feedbackMessage(locale, "response.expected.likert", { points: question.scale.length })
    : feedbackMessage(locale, `response.expected.${question.kind}`);
}

/** Where the findings of a count go, and their language. */
export interface Refusals {
  readonly diagnostics: Diagnostic[];
  readonly locale: Locale;
}

/** The path of a response in the caller's input: its index in a batch, or nothing for a single response. */
function place(at: number | undefined): (string | number)[] {
  return at === undefined ? [] : [at];
}

/** Records that one answer was left out, and why. */
function refuseAnswer(work: Work, refusals: Refusals, diagnostic: Diagnostic): void {
  work.refused.answers += 1;
  refusals.diagnostics.push(diagnostic);
}

function wrongType(
  work: Work,
  refusals: Refusals,
  layout: CountedLayout | { question: { id: string; kind: "free-text" } },
  value: unknown,
  at: number | undefined,
): void {
  const { locale } = refusals;
  refuseAnswer(work, refusals, {
    ruleId: "feedback/wrong-answer-type",
    severity: "error",
    ...feedbackText(locale, "response.wrong-answer-type", {
      questionId: layout.question.id,
      kind: layout.question.kind,
      expected: expected(layout, locale),
      received: received(value, locale),
    }),
    path: [...place(at), "answers", layout.question.id],
  });
}

function outsideScale(
  work: Work,
  refusals: Refusals,
  layout: CountedLayout,
  value: number,
  low: number,
  at: number | undefined,
): void {
  refuseAnswer(work, refusals, {
    ruleId: "feedback/value-outside-scale",
    severity: "error",
    ...feedbackText(refusals.locale, "response.value-outside-scale", {
      questionId: layout.question.id,
      value: String(value),
      low,
      high: low + layout.values - 1,
    }),
    path: [...place(at), "answers", layout.question.id],
  });
}

function badOption(
  work: Work,
  refusals: Refusals,
  layout: CountedLayout,
  option: string,
  repeated: boolean,
  at: number | undefined,
): void {
  refuseAnswer(work, refusals, {
    ruleId: repeated ? "feedback/repeated-option" : "feedback/unknown-option",
    severity: "error",
    ...feedbackText(refusals.locale, repeated ? "response.repeated-option" : "response.unknown-option", {
      questionId: layout.question.id,
      option,
    }),
    path: [...place(at), "answers", layout.question.id],
  });
}

/** The option indexes of a multiple-choice answer, or `undefined` after refusing it. */
function chosenOptions(
  work: Work,
  refusals: Refusals,
  layout: CountedLayout,
  value: readonly unknown[],
  at: number | undefined,
): number[] | undefined {
  const chosen: number[] = [];
  for (const option of value) {
    if (typeof option !== "string") {
      wrongType(work, refusals, layout, value, at);
      return undefined;
    }
    const index = layout.optionIndex.get(option);
    if (index === undefined || chosen.includes(index)) {
      badOption(work, refusals, layout, option, index !== undefined, at);
      return undefined;
    }
    chosen.push(index);
  }
  return chosen;
}

/** Adds one to a slot (typed arrays start at zero, so the slot is always a number). */
function bump(counts: Float64Array, slot: number): void {
  counts[slot] = (counts[slot] as number) + 1;
}

/**
 * Counts one response into the working copy: refuses it whole when its
 * envelope is malformed or its respondent id was already counted, and leaves
 * out each answer that does not fit its question, with a diagnostic whose
 * path starts at `at` (the response's index in a batch, if any), written in
 * the refusals' locale.
 */
export function tallyResponse(work: Work, input: unknown, at: number | undefined, refusals: Refusals): void {
  const { diagnostics } = refusals;
  let response: FeedbackResponse;
  if (isWellFormedResponse(input)) response = input;
  else {
    const parsed = parseInput(FeedbackResponseSchema, input, refusals.locale, feedbackTemplates, place(at));
    if (!parsed.success) {
      work.refused.responses += 1;
      diagnostics.push(...parsed.diagnostics);
      return;
    }
    response = parsed.data;
  }
  const { respondentId, answers } = response;
  if (respondentId !== undefined) {
    if (work.respondentIds.has(respondentId)) {
      work.refused.responses += 1;
      diagnostics.push({
        ruleId: "feedback/duplicate-respondent",
        severity: "error",
        ...feedbackText(refusals.locale, "response.duplicate-respondent", { respondentId }),
        path: [...place(at), "respondentId"],
      });
      return;
    }
    work.respondentIds.add(respondentId);
  }
  const { school, role, activity, session } = response;
  const cell =
    role === undefined && activity === undefined && session === undefined
      ? schoolCell(work, school ?? null)
      : cellOf(work, school ?? null, role ?? null, activity ?? null, session ?? null);
  cell.respondents += 1;
  const { counts } = cell;
  const { layout } = work;
  const counted = layout.counted;
  let found = 0;
  for (let q = 0; q < counted.length; q += 1) {
    const question = counted[q] as CountedLayout;
    const id = question.id;
    const value = question.inheritedName && !Object.hasOwn(answers, id) ? undefined : answers[id];
    if (value === undefined) continue;
    found += 1;
    if (value === null) continue;
    const offset = question.offset;
    const kind = question.kind;
    switch (kind) {
      case "likert":
      case "rating": {
        const low = question.low;
        if (typeof value !== "number") wrongType(work, refusals, question, value, at);
        else if (value >= low && value < low + question.values && Number.isInteger(value)) {
          bump(counts, offset);
          bump(counts, offset + 1 + value - low);
        } else outsideScale(work, refusals, question, value, low, at);
        break;
      }
      case "single-choice": {
        if (typeof value !== "string") {
          wrongType(work, refusals, question, value, at);
          break;
        }
        const index = question.optionIndex.get(value);
        if (index === undefined) badOption(work, refusals, question, value, false, at);
        else {
          bump(counts, offset);
          bump(counts, offset + 1 + index);
        }
        break;
      }
      case "multiple-choice": {
        if (!Array.isArray(value)) {
          wrongType(work, refusals, question, value, at);
          break;
        }
        const chosen = chosenOptions(work, refusals, question, value, at);
        if (chosen === undefined) break;
        bump(counts, offset);
        for (const index of chosen) bump(counts, offset + 1 + index);
        break;
      }
      default: {
        // The last kind: a new kind of question fails to compile here.
        kind satisfies "yes-no";
        if (typeof value !== "boolean") wrongType(work, refusals, question, value, at);
        else {
          bump(counts, offset);
          bump(counts, offset + (value ? 2 : 1));
        }
      }
    }
  }
  for (const question of layout.texts) {
    const id = question.question.id;
    const value = question.inheritedName && !Object.hasOwn(answers, id) ? undefined : answers[id];
    if (value === undefined) continue;
    found += 1;
    if (value === null) continue;
    if (typeof value !== "string") {
      wrongType(work, refusals, question, value, at);
      continue;
    }
    const text = value.trim();
    if (text === "") continue;
    const texts = cell.texts[question.index] as Map<string, number>;
    texts.set(text, (texts.get(text) ?? 0) + 1);
  }
  // Any answer beyond the ones found is to an unknown question. Counting keys with
  // for…in may count inherited ones too, which only sends the response to the exact check.
  let given = 0;
  for (const _ in answers) given += 1;
  if (given === found) return;
  for (const questionId of Object.keys(answers)) {
    if (layout.byId.has(questionId)) continue;
    refuseAnswer(work, refusals, {
      ruleId: "feedback/unknown-question",
      severity: "error",
      ...feedbackText(refusals.locale, "response.unknown-question", { questionId }),
      path: [...place(at), "answers", questionId],
    });
  }
}

/** Whether a value can be counted as a batch of responses: an iterable other than a string. */
function isBatch(value: unknown): value is Iterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

/**
 * Counts a batch of responses, each with its index as the start of its
 * diagnostics' paths; a batch that is no list (`null`, an object, a string)
 * counts nothing, with one diagnostic at the empty path.
 */
export function tallyResponses(work: Work, responses: unknown, refusals: Refusals): void {
  if (Array.isArray(responses)) {
    for (let index = 0; index < responses.length; index += 1) tallyResponse(work, responses[index], index, refusals);
    return;
  }
  if (!isBatch(responses)) {
    const { locale } = refusals;
    refusals.diagnostics.push({
      ruleId: "feedback/responses-not-a-list",
      severity: "error",
      ...feedbackText(locale, "response.not-a-list", {
        received: responses === null || responses === undefined ? String(responses) : received(responses, locale),
      }),
      path: [],
    });
    return;
  }
  let index = 0;
  for (const response of responses) {
    tallyResponse(work, response, index, refusals);
    index += 1;
  }
}

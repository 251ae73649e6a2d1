/**
 * Where each question's counts live in a group's tally: one flat array per
 * group, each counted question taking a slot for "answered" followed by one
 * slot per scale point or option. Built once per survey. Internal module.
 */
import { match } from "ts-pattern";
import type { FreeTextQuestion, Question, ScaleQuestion } from "./question.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import { en } from "../text/locale.js";
import { feedbackMessage, feedbackTemplates } from "./message.js";
import { SurveySchema, type Survey } from "./survey.js";

/** A counted question (every kind but free text) and its slots. */
export interface CountedLayout {
  readonly question: Exclude<Question, FreeTextQuestion>;
  /** The question's id (read once per answer, so kept at hand). */
  readonly id: string;
  /** The question's kind. */
  readonly kind: Exclude<Question, FreeTextQuestion>["kind"];
  /** The answers of a scale question, lowest first, with their labels; empty for other kinds. */
  readonly points: readonly ScalePointLabel[];
  /** The values of `points`. */
  readonly pointValues: readonly number[];
  /** Slot of "answered"; value slots follow it. */
  readonly offset: number;
  /** Number of value slots (scale points or options). */
  readonly values: number;
  /** The lowest answer of a scale: 1 for Likert, 0 for ratings (0 for other kinds). */
  readonly low: number;
  /** Option id to option index, for choice questions. */
  readonly optionIndex: ReadonlyMap<string, number>;
  /** Whether `answers[id]` would find an inherited `Object.prototype` member. */
  readonly inheritedName: boolean;
}

/** One answer of a scale and its label. */
export interface ScalePointLabel {
  readonly value: number;
  readonly label: string;
}

/** The answers a scale question accepts, lowest first, with their labels. */
export function scalePoints(question: ScaleQuestion): ScalePointLabel[] {
  return match(question)
    .with({ kind: "likert" }, (q) => q.scale.map((label, index) => ({ value: index + 1, label })))
    .with({ kind: "rating" }, (q) =>
      Array.from({ length: 11 }, (_, value) => ({
        value,
        label:
          value === 0 && q.lowLabel !== undefined
            ? `0 (${q.lowLabel})`
            : value === 10 && q.highLabel !== undefined
              ? `10 (${q.highLabel})`
              : String(value),
      })),
    )
    .exhaustive();
}

/** A free-text question and its place among the survey's free-text questions. */
export interface TextLayout {
  readonly question: FreeTextQuestion;
  readonly index: number;
  readonly inheritedName: boolean;
}

/** The layout of a survey's tallies. */
export interface SurveyLayout {
  readonly survey: Survey;
  readonly counted: readonly CountedLayout[];
  readonly texts: readonly TextLayout[];
  /** Slots in one group's tally. */
  readonly width: number;
  /** Question id to its layout. */
  readonly byId: ReadonlyMap<string, CountedLayout | TextLayout>;
  /** The survey as canonical JSON: accumulators with another one count another survey. */
  readonly identity: string;
}

/** How many value slots a counted question has. */
export function valueSlots(question: Exclude<Question, FreeTextQuestion>): number {
  return match(question)
    .with({ kind: "likert" }, (q) => q.scale.length)
    .with({ kind: "rating" }, () => 11)
    .with({ kind: "single-choice" }, { kind: "multiple-choice" }, (q) => q.options.length)
    .with({ kind: "yes-no" }, () => 2)
    .exhaustive();
}

const layouts = new WeakMap<Survey, SurveyLayout>();

/** Whether `value` and everything inside it is frozen: nothing a caller can still change. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.keys(value).every((key) => deeplyFrozen((value as Record<string, unknown>)[key]));
}

/**
 * The layout of `survey`. The survey is checked against its schema first (so
 * that a hand-written object typed `Survey` cannot slip through), and kept in
 * its canonical parsed form. Only a survey frozen all the way down (as
 * `defineSurvey` and `parseSurvey` return it) has its layout kept for the next
 * call: a plain object is read again each time, so a change its owner makes
 * is seen.
 */
export function surveyLayout(input: Survey): SurveyLayout {
  const known = layouts.get(input);
  if (known !== undefined) return known;
  const parsed = parseInput(SurveySchema, input, en, feedbackTemplates);
  if (!parsed.success) throw new InvalidInputError(feedbackMessage(en, "what.survey"), parsed.diagnostics, en);
  const survey = parsed.data;
  const counted: CountedLayout[] = [];
  const texts: TextLayout[] = [];
  const byId = new Map<string, CountedLayout | TextLayout>();
  let width = 0;
  for (const question of survey.questions) {
    const inheritedName = question.id in Object.prototype;
    if (question.kind === "free-text") {
      const text: TextLayout = { question, index: texts.length, inheritedName };
      texts.push(text);
      byId.set(question.id, text);
      continue;
    }
    const values = valueSlots(question);
    const options = question.kind === "single-choice" || question.kind === "multiple-choice" ? question.options : [];
    const points = question.kind === "likert" || question.kind === "rating" ? scalePoints(question) : [];
    const layout: CountedLayout = {
      question,
      id: question.id,
      kind: question.kind,
      points,
      pointValues: points.map((point) => point.value),
      offset: width,
      values,
      low: question.kind === "likert" ? 1 : 0,
      optionIndex: new Map(options.map((option, index) => [option.id, index])),
      inheritedName,
    };
    counted.push(layout);
    byId.set(question.id, layout);
    width += 1 + values;
  }
  const layout: SurveyLayout = { survey, counted, texts, width, byId, identity: JSON.stringify(survey) };
  if (deeplyFrozen(input)) layouts.set(input, layout);
  layouts.set(survey, layout);
  return layout;
}

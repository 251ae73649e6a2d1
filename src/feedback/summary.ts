import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FreeTextCategory } from "./question.js";
import type { GroupingAttribute } from "./response.js";
import type { Proportion } from "./statistics.js";
import type { Survey } from "./survey.js";

/**
 * Which group a summary describes: the value of each grouping attribute down
 * to its level (`null` for respondents who did not state it). The overall
 * group has no attribute.
 *
 * @example
 * ```ts
 * import type { GroupKey } from "collegiate/feedback";
 *
 * const teachersAtHarbour: GroupKey = { school: "Harbour Secondary", role: "teacher" };
 * ```
 */
export type GroupKey = Readonly<Partial<Record<GroupingAttribute, string | null>>>;

/**
 * One point of a scale question's distribution.
 *
 * @example
 * ```ts
 * import type { ScalePoint } from "collegiate/feedback";
 *
 * const point: ScalePoint = { value: 4, label: "Agree", count: 12, share: 0.4 };
 * ```
 */
export interface ScalePoint {
  /** The answer: the point's position (Likert, from 1) or the rating (0–10). */
  readonly value: number;
  /** The point's label. */
  readonly label: string;
  /** How many gave this answer. */
  readonly count: number;
  /** `count` divided by the number who answered; `null` when nobody answered. */
  readonly share: number | null;
}

/**
 * The answers at the top (or bottom) of a scale, with their share and 95%
 * Wilson interval. The box is the two highest (lowest) points on scales of 4
 * points or more, and the single highest (lowest) point on scales of 2 or 3,
 * so that the top and bottom boxes never overlap.
 *
 * @example
 * ```ts
 * import type { ScaleBox } from "collegiate/feedback";
 *
 * const topBox: ScaleBox = { values: [4, 5], count: 8, share: 0.8, interval: { lower: 0.49, upper: 0.943 } };
 * ```
 */
export interface ScaleBox extends Proportion {
  /** The answers the box counts. */
  readonly values: readonly number[];
}

/**
 * The net score of a 0–10 rating question: the percentage answering 9 or 10
 * minus the percentage answering 0 to 6, from −100 to 100.
 *
 * @example
 * ```ts
 * import type { NetScore } from "collegiate/feedback";
 *
 * const net: NetScore = { promoters: 5, passives: 3, detractors: 2, score: 30 };
 * ```
 */
export interface NetScore {
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers of 0 to 6. */
  readonly detractors: number;
  /** 100 × (promoters − detractors) / answers. */
  readonly score: number;
}

/**
 * Fields every question summary has.
 *
 * @example
 * ```ts
 * import type { QuestionSummaryBase } from "collegiate/feedback";
 *
 * const base: QuestionSummaryBase = { questionId: "again", text: "Would you take part again?", n: 18, missing: 2 };
 * ```
 */
export interface QuestionSummaryBase {
  /** The question's id. */
  readonly questionId: string;
  /** The question's wording. */
  readonly text: string;
  /** How many of the group's respondents gave a valid answer. */
  readonly n: number;
  /** How many gave none (or one that was left out). */
  readonly missing: number;
}

/**
 * The summary of a Likert or 0–10 rating question: the full distribution,
 * mean, median and quartiles (Hyndman–Fan definition 2, from the counts),
 * sample standard deviation, top and bottom boxes with 95% Wilson intervals,
 * and for ratings the net score. Statistics are `null` when nobody answered
 * (the standard deviation also when one person did).
 *
 * @example
 * ```ts
 * import type { QuestionSummary, ScaleQuestionSummary } from "collegiate/feedback";
 *
 * function meanOf(summary: QuestionSummary): number | null {
 *   return summary.kind === "likert" || summary.kind === "rating" ? (summary satisfies ScaleQuestionSummary).mean : null;
 * }
 * ```
 */
export interface ScaleQuestionSummary extends QuestionSummaryBase {
  /** The question's kind. */
  readonly kind: "likert" | "rating";
  /** Every point of the scale, lowest first, with its count and share. */
  readonly distribution: readonly ScalePoint[];
  /** Arithmetic mean of the answers. */
  readonly mean: number | null;
  /** Median: the middle answer, or the mean of the two middle answers. */
  readonly median: number | null;
  /** First quartile (Hyndman–Fan definition 2). */
  readonly lowerQuartile: number | null;
  /** Third quartile (Hyndman–Fan definition 2). */
  readonly upperQuartile: number | null;
  /** Sample standard deviation (divisor n − 1). */
  readonly standardDeviation: number | null;
  /** The top of the scale ("agree" and "strongly agree"). */
  readonly topBox: ScaleBox;
  /** The bottom of the scale ("disagree" and "strongly disagree"). */
  readonly bottomBox: ScaleBox;
  /** For 0–10 ratings; `null` for Likert questions and when nobody answered. */
  readonly netScore: NetScore | null;
}

/**
 * One option of a choice question, with how many chose it.
 *
 * @example
 * ```ts
 * import type { OptionCount } from "collegiate/feedback";
 *
 * const option: OptionCount = { optionId: "observation", label: "Lesson observation", count: 9, share: 0.6, interval: { lower: 0.36, upper: 0.8 } };
 * ```
 */
export interface OptionCount extends Proportion {
  /** The option's id. */
  readonly optionId: string;
  /** The option's label. */
  readonly label: string;
}

/**
 * The summary of a single- or multiple-choice question: each option's count
 * and share of those who answered (for multiple choice the shares add up to
 * more than 1).
 *
 * @example
 * ```ts
 * import type { ChoiceQuestionSummary } from "collegiate/feedback";
 *
 * function mostChosen(summary: ChoiceQuestionSummary): string | undefined {
 *   return [...summary.options].sort((a, b) => b.count - a.count)[0]?.label;
 * }
 * ```
 */
export interface ChoiceQuestionSummary extends QuestionSummaryBase {
  /** The question's kind. */
  readonly kind: "single-choice" | "multiple-choice";
  /** Every option, in the survey's order. */
  readonly options: readonly OptionCount[];
}

/**
 * The summary of a yes-or-no question.
 *
 * @example
 * ```ts
 * import type { YesNoQuestionSummary } from "collegiate/feedback";
 *
 * const again = (summary: YesNoQuestionSummary) => summary.yes.share;
 * ```
 */
export interface YesNoQuestionSummary extends QuestionSummaryBase {
  /** The question's kind. */
  readonly kind: "yes-no";
  /** How many answered yes, with the share and its 95% Wilson interval. */
  readonly yes: Proportion;
  /** How many answered no. */
  readonly no: number;
}

/**
 * One distinct text given to a free-text question, with how many gave it.
 * Texts are sorted, never in the order they arrived, and carry no
 * respondent.
 *
 * @example
 * ```ts
 * import type { FreeTextEntry } from "collegiate/feedback";
 *
 * const entry: FreeTextEntry = { text: "More time for dialogue", count: 2 };
 * ```
 */
export interface FreeTextEntry {
  /** The text, trimmed. */
  readonly text: string;
  /** How many respondents gave exactly this text. */
  readonly count: number;
}

/**
 * Why a published group's texts are withheld: the group has fewer
 * respondents than the minimum for comments (`fewerThan` says it), or its
 * texts are withheld so that a smaller group's texts cannot be picked out by
 * comparing lists (`fewerThan` is `null`).
 *
 * @example
 * ```ts
 * import type { WithheldTexts } from "collegiate/feedback";
 *
 * const withheld: WithheldTexts = { reason: "fewer-than-minimum", fewerThan: 10 };
 * ```
 */
export interface WithheldTexts {
  /** Too few respondents for comments, or withheld to protect a smaller group. */
  readonly reason: "fewer-than-minimum" | "protects-smaller-group";
  /** The minimum for comments when the group is below it; `null` for a protecting group. */
  readonly fewerThan: number | null;
}

/**
 * The summary of a free-text question: its category and its texts. A group
 * publishes its texts only when it has at least `minCommentGroupSize`
 * respondents and no published list could be compared with the others to
 * pick out a group whose texts are withheld (see {@link summarize}); when
 * they are withheld, `texts` is empty, `n` and `missing` are `null` (how
 * many wrote a text would tell which group wrote the others), and
 * `withheld` says why.
 *
 * @example
 * ```ts
 * import type { FreeTextQuestionSummary } from "collegiate/feedback";
 *
 * const wows = (summary: FreeTextQuestionSummary) => (summary.category === "wow" ? summary.texts : []);
 * ```
 */
export interface FreeTextQuestionSummary extends Omit<QuestionSummaryBase, "n" | "missing"> {
  /** The question's kind. */
  readonly kind: "free-text";
  /** What kind of text the question collects. */
  readonly category: FreeTextCategory;
  /** How many of the group's respondents wrote a text; `null` when the texts are withheld. */
  readonly n: number | null;
  /** How many wrote none; `null` when the texts are withheld. */
  readonly missing: number | null;
  /** Each distinct text, sorted; empty when the texts are withheld. */
  readonly texts: readonly FreeTextEntry[];
  /** Why the texts are withheld, or `null` when they are published. */
  readonly withheld: WithheldTexts | null;
}

/**
 * The summary of one question, told apart by `kind`.
 *
 * @example
 * ```ts
 * import type { QuestionSummary } from "collegiate/feedback";
 *
 * const answered = (summary: QuestionSummary) => summary.n;
 * ```
 */
export type QuestionSummary =
  | ScaleQuestionSummary
  | ChoiceQuestionSummary
  | YesNoQuestionSummary
  | FreeTextQuestionSummary;

/**
 * Respondents against invitations.
 *
 * @example
 * ```ts
 * import type { ResponseRate } from "collegiate/feedback";
 *
 * const rate: ResponseRate = { invited: 40, rate: 0.75 };
 * ```
 */
export interface ResponseRate {
  /** How many were invited. */
  readonly invited: number;
  /** Respondents divided by invited; `null` when nobody was invited. */
  readonly rate: number | null;
}

/**
 * A group whose results are published: its respondents, every question's
 * summary, and its subgroups at the next grouping level.
 *
 * @example
 * ```ts
 * import type { GroupSummary, PublishedGroupSummary } from "collegiate/feedback";
 *
 * const published = (group: GroupSummary): group is PublishedGroupSummary => group.status === "published";
 * ```
 */
export interface PublishedGroupSummary {
  /** Published. */
  readonly status: "published";
  /** Which group this is. */
  readonly key: GroupKey;
  /** The group's name for people, such as "Harbour Secondary › teacher". */
  readonly label: string;
  /** How many responses the group has. */
  readonly respondents: number;
  /** Against the number invited, when it was given for this group. */
  readonly responseRate: ResponseRate | null;
  /** One summary per question, in the survey's order. */
  readonly questions: readonly QuestionSummary[];
  /** Subgroups at the next grouping level, sorted by value ("not stated" last); empty at the last level. */
  readonly groups: readonly GroupSummary[];
}

/**
 * A group whose results are hidden to protect anonymity: it shows no count,
 * no score and no text. A group with fewer respondents than the minimum says
 * so (its count band); a group hidden only so that a smaller one cannot be
 * worked out by subtraction says that instead.
 *
 * @example
 * ```ts
 * import type { HiddenGroupSummary } from "collegiate/feedback";
 *
 * const why = (group: HiddenGroupSummary) => (group.reason === "fewer-than-minimum" ? `fewer than ${group.fewerThan}` : "hidden");
 * ```
 */
export interface HiddenGroupSummary {
  /** Hidden. */
  readonly status: "hidden";
  /** Why: too few respondents, or hidden to protect a smaller group. */
  readonly reason: "fewer-than-minimum" | "protects-smaller-group";
  /** Which group this is. */
  readonly key: GroupKey;
  /** The group's name for people. */
  readonly label: string;
  /** The count band of a group with too few respondents: fewer than this; `null` for a protecting group. */
  readonly fewerThan: number | null;
}

/**
 * The summary of one group, published or hidden.
 *
 * @example
 * ```ts
 * import type { GroupSummary } from "collegiate/feedback";
 *
 * const respondents = (group: GroupSummary) => (group.status === "published" ? group.respondents : undefined);
 * ```
 */
export type GroupSummary = PublishedGroupSummary | HiddenGroupSummary;

/**
 * The summary of a survey's responses: the overall group with its
 * subgroups, the rules it was made with, how much was left out, and any
 * diagnostics. It holds only counts and statistics of groups that are large
 * enough, and texts with no respondent.
 *
 * @example
 * ```ts
 * import { aggregateFeedback, wowsAndWondersSurvey, type FeedbackSummary } from "collegiate/feedback";
 *
 * const summary: FeedbackSummary = aggregateFeedback(wowsAndWondersSurvey, []);
 * summary.overall.status; // "hidden": nobody answered
 * ```
 */
export interface FeedbackSummary {
  /** The survey summarised, with its questions. */
  readonly survey: Survey;
  /** Groups with fewer respondents than this are hidden. */
  readonly minGroupSize: number;
  /** Groups with fewer respondents than this publish no texts (it is never below `minGroupSize`). */
  readonly minCommentGroupSize: number;
  /** The grouping levels, outermost first. */
  readonly groupBy: readonly GroupingAttribute[];
  /** All respondents together, with the groups inside. */
  readonly overall: GroupSummary;
  /** How many responses were refused whole and how many answers were left out. */
  readonly leftOut: { readonly responses: number; readonly answers: number };
  /** Findings: refused responses and answers, double counting, invitations that do not add up. */
  readonly diagnostics: readonly Diagnostic[];
}

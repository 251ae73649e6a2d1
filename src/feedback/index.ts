/**
 * Feedback aggregation: surveys as schemas (including the joint-school
 * evaluation, S9, and the peer coaching "wows and wonders", P5), exact
 * statistics from counts, summaries by school, role, activity and session
 * that hide groups too small to be anonymous (with complementary
 * suppression), mergeable plain-JSON accumulators for districts, and reports
 * in Markdown, CSV, JSON and SVG.
 *
 * @example
 * ```ts
 * import { aggregateFeedback, renderFeedbackReport, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const summary = aggregateFeedback(wowsAndWondersSurvey, [], { groupBy: ["school"] });
 * console.log(renderFeedbackReport(summary, { format: "markdown" }));
 * ```
 *
 * @module feedback
 */
export { createAccumulator, parseAccumulator, AccumulatorCellSchema, FeedbackAccumulatorSchema, type AccumulatorCell, type FeedbackAccumulator } from "./accumulator.js";
export { addResponse, addResponses, type Accumulated } from "./addResponses.js";
export { aggregateFeedback } from "./aggregateFeedback.js";
export { agreementScale } from "./agreementScale.js";
export { jointSchoolEvaluationSurvey } from "./jointSchoolEvaluationSurvey.js";
export { likertChartSvg, type LikertChartOptions } from "./likertChartSvg.js";
export { mergeAccumulators } from "./mergeAccumulators.js";
export { localizeSurvey } from "./localizeSurvey.js";
export {
  ChoiceOptionSchema,
  FreeTextCategorySchema,
  FreeTextQuestionSchema,
  LikertQuestionSchema,
  MultipleChoiceQuestionSchema,
  QuestionSchema,
  RatingQuestionSchema,
  SingleChoiceQuestionSchema,
  YesNoQuestionSchema,
  type ChoiceOption,
  type FreeTextCategory,
  type FreeTextQuestion,
  type LikertQuestion,
  type MultipleChoiceQuestion,
  type Question,
  type QuestionKind,
  type RatingQuestion,
  type ScaleQuestion,
  type SingleChoiceQuestion,
  type YesNoQuestion,
} from "./question.js";
export { renderFeedbackReport, type FeedbackReportOptions } from "./renderFeedbackReport.js";
export {
  AnswerSchema,
  FeedbackResponseSchema,
  GroupingAttributeSchema,
  groupingAttributes,
  type Answer,
  type FeedbackResponse,
  type GroupingAttribute,
} from "./response.js";
export type { Proportion, ShareInterval } from "./statistics.js";
export { FeedbackOptionsSchema, summarize, type FeedbackOptions } from "./summarize.js";
export type {
  ChoiceQuestionSummary,
  FeedbackSummary,
  FreeTextEntry,
  FreeTextQuestionSummary,
  GroupKey,
  GroupSummary,
  HiddenGroupSummary,
  NetScore,
  OptionCount,
  PublishedGroupSummary,
  QuestionSummary,
  QuestionSummaryBase,
  ResponseRate,
  ScaleBox,
  ScalePoint,
  ScaleQuestionSummary,
  WithheldTexts,
  YesNoQuestionSummary,
} from "./summary.js";
export { defineSurvey, parseSurvey, SurveySchema, type Survey, type SurveyInput } from "./survey.js";
export { wowsAndWondersSurvey } from "./wowsAndWondersSurvey.js";
// The languages of the library, so that a tool importing only this subpath can type its options.
export { en, LocaleSchema, type CollegiateLocale, type Locale, type LocaleOptions } from "../text/locale.js";

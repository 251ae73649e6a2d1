import type { Locale } from "../text/locale.js";
import { checkedOptions, LocaleOnlySchema } from "./arguments.js";
import { jointSchoolEvaluationSurvey, jointSchoolEvaluationSurveyIn } from "./jointSchoolEvaluationSurvey.js";
import type { Survey } from "./survey.js";
import { surveyLayout } from "./surveyLayout.js";
import { wowsAndWondersSurvey, wowsAndWondersSurveyIn } from "./wowsAndWondersSurvey.js";

/** A built-in survey: its English edition, and its edition in the locale asked for (made for this call). */
interface Editions {
  readonly english: Survey;
  readonly wanted: Survey;
}

/** The editions of the built-in survey with the id `id`, or `undefined` for another id. */
function editionsOf(id: string, locale: Locale): Editions | undefined {
  switch (id) {
    case "joint-school-evaluation":
      return { english: jointSchoolEvaluationSurvey, wanted: jointSchoolEvaluationSurveyIn(locale) };
    case "wows-and-wonders":
      return { english: wowsAndWondersSurvey, wanted: wowsAndWondersSurveyIn(locale) };
    default:
      return undefined;
  }
}

/**
 * A survey's structure without its wording: its id and source, and each
 * question's kind, id, number of scale points, option ids, category and
 * labelled ends. Every edition of a built-in survey has the same.
 */
function structureOf(survey: Survey): string {
  return JSON.stringify([
    survey.id,
    survey.source ?? null,
    survey.questions.map((q) => [
      q.kind,
      q.id,
      q.kind === "likert" ? q.scale.length : null,
      q.kind === "single-choice" || q.kind === "multiple-choice" ? q.options.map((option) => option.id) : null,
      q.kind === "free-text" ? q.category : null,
      q.kind === "rating" ? [q.lowLabel !== undefined, q.highLabel !== undefined] : null,
    ]),
  ]);
}

/**
 * A built-in survey worded in another language. A survey is data in the
 * language its respondents read: a school's own survey is written in that
 * language and is returned as it is. The built-in surveys
 * ({@link jointSchoolEvaluationSurvey}, {@link wowsAndWondersSurvey}) can be
 * worded in any locale (English where the locale has no wording of its own;
 * `zhHant` has all of it), each edition with the same id, question ids,
 * option ids and scales, so a response to any edition is counted the same
 * way: show each respondent the edition in their language, and count every
 * response into accumulators made from one edition (accumulators of two
 * editions are two surveys, which {@link mergeAccumulators} refuses to merge).
 * The report then quotes the questions of that edition.
 *
 * A survey with a built-in survey's id and its structure (question ids and
 * kinds, scale sizes, option ids, categories) is taken for an edition of it,
 * in whatever language it is worded; a survey that borrows a built-in id
 * with another structure is returned as it is.
 *
 * @param survey - Any survey; a built-in one in any edition (also one read back from JSON) is localised.
 * @param locale - The language wanted: `en`, `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns The edition of `survey` in `locale` (`survey` itself when it is that edition already, the
 *   exported English survey when the locale words it in English), or `survey` itself when it is not a built-in survey.
 * @throws {@link InvalidInputError} when `survey` is not a survey or `locale` is not a locale.
 *
 * @example
 * ```ts
 * import { en } from "collegiate";
 * import { jointSchoolEvaluationSurvey, localizeSurvey } from "collegiate/feedback";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const zh = localizeSurvey(jointSchoolEvaluationSurvey, zhHant);
 * zh.title; // "聯校專業分享活動：評估問卷"
 * zh.questions[0]?.id; // "goals", as in English
 * localizeSurvey(zh, en) === jointSchoolEvaluationSurvey; // true
 * ```
 */
export function localizeSurvey(survey: Survey, locale: Locale): Survey {
  const wanted = checkedOptions(LocaleOnlySchema, { locale }, "what.locale-options").locale;
  const layout = surveyLayout(survey);
  const editions = editionsOf(layout.survey.id, wanted);
  if (editions === undefined || structureOf(layout.survey) !== structureOf(editions.english)) return survey;
  const identity = surveyLayout(editions.wanted).identity;
  if (identity === surveyLayout(editions.english).identity) return editions.english;
  return identity === layout.identity ? survey : editions.wanted;
}

import { locales, type Locale } from "../text/locale.js";
import { checkedOptions, LocaleOnlySchema } from "./arguments.js";
import { jointSchoolEvaluationSurvey, jointSchoolEvaluationSurveyIn } from "./jointSchoolEvaluationSurvey.js";
import type { Survey } from "./survey.js";
import { surveyLayout } from "./surveyLayout.js";
import { wowsAndWondersSurvey, wowsAndWondersSurveyIn } from "./wowsAndWondersSurvey.js";

type Editions = { readonly [L in Locale]: Survey };

/** The editions of each built-in survey, made on first use. */
const builtins: Readonly<Record<string, () => Editions>> = {
  "joint-school-evaluation": () => ({ en: jointSchoolEvaluationSurvey, "zh-Hant": jointSchoolEvaluationSurveyIn("zh-Hant") }),
  "wows-and-wonders": () => ({ en: wowsAndWondersSurvey, "zh-Hant": wowsAndWondersSurveyIn("zh-Hant") }),
};

const made = new Map<string, Editions>();

function editionsOf(id: string): Editions | undefined {
  if (!Object.hasOwn(builtins, id)) return undefined;
  let editions = made.get(id);
  if (editions === undefined) {
    editions = (builtins[id] as () => Editions)();
    made.set(id, editions);
  }
  return editions;
}

/**
 * A built-in survey worded in another language. A survey is data in the
 * language its respondents read: a school's own survey is written in that
 * language and is returned as it is. The built-in surveys
 * ({@link jointSchoolEvaluationSurvey}, {@link wowsAndWondersSurvey}) come in
 * English and Traditional Chinese editions with the same id, question ids,
 * option ids and scales, so a response to either edition is counted the same
 * way: show each respondent the edition in their language, and count every
 * response into accumulators made from one edition (accumulators of two
 * editions are two surveys, which {@link mergeAccumulators} refuses to merge).
 * The report then quotes the questions of that edition.
 *
 * @param survey - Any survey; a built-in one in any edition (also one read back from JSON) is localised.
 * @param locale - The language wanted: `"en"` or `"zh-Hant"`.
 * @returns The edition of `survey` in `locale`, or `survey` itself when it is not a built-in survey.
 * @throws `InvalidInputError` when `locale` is not `"en"` or `"zh-Hant"` (a diagnostic at `locale`), or when `survey` is not a survey (`null`).
 *
 * @example
 * ```ts
 * import { jointSchoolEvaluationSurvey, localizeSurvey } from "collegiate/feedback";
 *
 * const zh = localizeSurvey(jointSchoolEvaluationSurvey, "zh-Hant");
 * zh.title; // "聯校專業分享活動：評估問卷"
 * zh.questions[0]?.id; // "goals", as in English
 * localizeSurvey(zh, "en") === jointSchoolEvaluationSurvey; // true
 * ```
 */
export function localizeSurvey(survey: Survey, locale: Locale): Survey {
  const wanted = checkedOptions(LocaleOnlySchema, { locale }, "what.locale-options").locale;
  const identity = surveyLayout(survey).identity;
  const editions = editionsOf(survey.id);
  if (editions === undefined) return survey;
  const isEdition = locales.some((edition) => editions[edition] === survey || surveyLayout(editions[edition]).identity === identity);
  return isEdition ? editions[wanted] : survey;
}

import { en, type Locale } from "../text/locale.js";
import { feedbackMessage } from "./message.js";

/** The five points of the agreement scale in `locale`, lowest first. @internal */
export function agreementScaleIn(locale: Locale): readonly string[] {
  return Object.freeze([
    feedbackMessage(locale, "survey.scale.strongly-disagree"),
    feedbackMessage(locale, "survey.scale.disagree"),
    feedbackMessage(locale, "survey.scale.neutral"),
    feedbackMessage(locale, "survey.scale.agree"),
    feedbackMessage(locale, "survey.scale.strongly-agree"),
  ]);
}

/**
 * The five-point agreement scale, from "Strongly disagree" (1) to "Strongly
 * agree" (5), as the built-in surveys use it. Its Traditional Chinese
 * edition (非常不同意 … 非常同意) is the scale of
 * `localizeSurvey(survey, zhHant)`.
 *
 * @example
 * ```ts
 * import { agreementScale, defineSurvey } from "collegiate/feedback";
 *
 * defineSurvey({
 *   id: "dialogue",
 *   title: "After the lesson",
 *   questions: [{ kind: "likert", id: "useful", text: "The dialogue was useful.", scale: [...agreementScale] }],
 * });
 * ```
 */
export const agreementScale: readonly string[] = /* @__PURE__ */ agreementScaleIn(en);

import { en, type Locale } from "../text/locale.js";
import { agreementScaleIn } from "./agreementScale.js";
import { feedbackMessage } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";
import { defineSurvey, type Survey } from "./survey.js";

/** The wows and wonders survey worded in `locale`: the same ids and structure in every locale. @internal */
export function wowsAndWondersSurveyIn(locale: Locale): Survey {
  const say = (key: FeedbackMessageKey) => feedbackMessage(locale, key);
  return defineSurvey({
    id: "wows-and-wonders",
    title: say("survey.wows.title"),
    source: { document: "peer-coaching-programme", clause: "P5" },
    questions: [
      { kind: "free-text", id: "wow", text: say("survey.wows.wow"), category: "wow" },
      { kind: "free-text", id: "wonder", text: say("survey.wows.wonder"), category: "wonder" },
      { kind: "likert", id: "on-track", text: say("survey.wows.on-track"), scale: [...agreementScaleIn(locale)] },
      {
        kind: "multiple-choice",
        id: "roadblocks",
        text: say("survey.wows.roadblocks"),
        options: (["time", "release", "technology", "buy-in", "goals"] as const).map((id) => ({
          id,
          label: say(`survey.wows.roadblocks.${id}`),
        })),
      },
      { kind: "yes-no", id: "resources", text: say("survey.wows.resources") },
    ],
  });
}

/**
 * The "wows and wonders" survey of the peer coaching programme's third
 * session (P5: "wows and wonders, coaching roadblocks, explore coaching
 * resources"): what has gone well (`wow`), what the coach still wonders
 * about (`wonder`), whether the coaching plan is on track (Likert 1–5), the
 * roadblocks met (multiple choice), and whether new coaching resources were
 * explored (yes/no).
 *
 * Question ids: `wow`, `wonder` (free text), `on-track` (Likert 1–5),
 * `roadblocks` (options `time`, `release`, `technology`, `buy-in`, `goals`),
 * `resources` (yes/no). Its Traditional Chinese edition, with the same ids,
 * is `localizeSurvey(wowsAndWondersSurvey, zhHant)`.
 *
 * @example
 * ```ts
 * import { wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * wowsAndWondersSurvey.source; // { document: "peer-coaching-programme", clause: "P5" }
 * ```
 */
export const wowsAndWondersSurvey: Survey = /* @__PURE__ */ wowsAndWondersSurveyIn(en);

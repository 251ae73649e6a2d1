import { agreementScale } from "./agreementScale.js";
import { say } from "./messages.js";
import { defineSurvey } from "./survey.js";

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
 * `resources` (yes/no).
 *
 * @example
 * ```ts
 * import { wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * wowsAndWondersSurvey.source; // { document: "peer-coaching-programme", clause: "P5" }
 * ```
 */
export const wowsAndWondersSurvey = defineSurvey({
  id: "wows-and-wonders",
  title: say("survey.wows.title"),
  source: { document: "peer-coaching-programme", clause: "P5" },
  questions: [
    { kind: "free-text", id: "wow", text: say("survey.wows.wow"), category: "wow" },
    { kind: "free-text", id: "wonder", text: say("survey.wows.wonder"), category: "wonder" },
    { kind: "likert", id: "on-track", text: say("survey.wows.on-track"), scale: [...agreementScale] },
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

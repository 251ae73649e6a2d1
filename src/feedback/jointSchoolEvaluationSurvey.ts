import { en, type Locale } from "../text/locale.js";
import { agreementScaleIn } from "./agreementScale.js";
import { feedbackMessage } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";
import { defineSurvey, type Survey } from "./survey.js";

/** The joint-school evaluation survey worded in `locale`: the same ids and structure in every locale. @internal */
export function jointSchoolEvaluationSurveyIn(locale: Locale): Survey {
  const say = (key: FeedbackMessageKey) => feedbackMessage(locale, key);
  const scale = agreementScaleIn(locale);
  const likert = (id: string, text: string) => ({ kind: "likert" as const, id, text, scale: [...scale] });
  return defineSurvey({
    id: "joint-school-evaluation",
    title: say("survey.joint.title"),
    source: { document: "joint-school-sharing", clause: "S9" },
    questions: [
      likert("goals", say("survey.joint.goals")),
      likert("content", say("survey.joint.content")),
      likert("rundown", say("survey.joint.rundown")),
      likert("arrangements", say("survey.joint.arrangements")),
      likert("practice", say("survey.joint.practice")),
      {
        kind: "rating",
        id: "recommend",
        text: say("survey.joint.recommend"),
        lowLabel: say("survey.joint.recommend.low"),
        highLabel: say("survey.joint.recommend.high"),
      },
      {
        kind: "multiple-choice",
        id: "useful",
        text: say("survey.joint.useful"),
        options: (["observation", "sharing", "dialogue", "materials", "visit"] as const).map((id) => ({
          id,
          label: say(`survey.joint.useful.${id}`),
        })),
      },
      {
        kind: "single-choice",
        id: "duration",
        text: say("survey.joint.duration"),
        options: (["half-day", "full-day", "two-days"] as const).map((id) => ({ id, label: say(`survey.joint.duration.${id}`) })),
      },
      { kind: "yes-no", id: "again", text: say("survey.joint.again") },
      { kind: "free-text", id: "went-well", text: say("survey.joint.went-well"), category: "wow" },
      { kind: "free-text", id: "suggestions", text: say("survey.joint.suggestions"), category: "suggestion" },
    ],
  });
}

/**
 * The evaluation survey of a joint-school sharing activity (stage S9:
 * "exchange views and records (evaluation survey …); collect opinions and
 * improvement suggestions from participating staff"). Five agreement
 * statements that follow the stages of the plan (goals S1–S3, content S4,
 * rundown S5, arrangements S6–S8, and use in practice), a 0–10
 * recommendation rating, the most useful parts (multiple choice), the
 * preferred duration next time (single choice), whether the respondent would
 * take part again (yes/no), and two free-text questions: what went well
 * (`wow`) and improvement suggestions (`suggestion`).
 *
 * Question ids: `goals`, `content`, `rundown`, `arrangements`, `practice`
 * (Likert 1–5), `recommend` (0–10), `useful` (options `observation`,
 * `sharing`, `dialogue`, `materials`, `visit`), `duration` (options
 * `half-day`, `full-day`, `two-days`), `again` (yes/no), `went-well`,
 * `suggestions` (free text). Its Traditional Chinese edition, with the same
 * ids, is `localizeSurvey(jointSchoolEvaluationSurvey, zhHant)`.
 *
 * @example
 * ```ts
 * import { jointSchoolEvaluationSurvey } from "collegiate/feedback";
 *
 * jointSchoolEvaluationSurvey.source; // { document: "joint-school-sharing", clause: "S9" }
 * jointSchoolEvaluationSurvey.questions.map((q) => q.id).slice(0, 3); // ["goals", "content", "rundown"]
 * ```
 */
export const jointSchoolEvaluationSurvey: Survey = /* @__PURE__ */ jointSchoolEvaluationSurveyIn(en);

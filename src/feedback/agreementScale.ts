import { say } from "./messages.js";

/**
 * The five-point agreement scale, from "Strongly disagree" (1) to "Strongly
 * agree" (5), as the built-in surveys use it.
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
export const agreementScale: readonly string[] = Object.freeze([
  say("survey.scale.strongly-disagree"),
  say("survey.scale.disagree"),
  say("survey.scale.neutral"),
  say("survey.scale.agree"),
  say("survey.scale.strongly-agree"),
]);

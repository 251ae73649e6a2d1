import { templateTexts } from "./messages.js";
import type { z } from "zod";
import { definePlanTemplate, type ForwardStageSchema } from "./planTemplate.js";
import { withTexts } from "./withTexts.js";

/**
 * The peer coaching programme (P1…P7), scheduled forward from the day of its
 * first session: four sessions (a full day, then half days) separated by
 * eLearning phases of 1–2, 3 and 3 months. Each part depends on the one
 * before it; sessions are activities (they take up the coaches on the day).
 *
 * @example
 * ```ts
 * import { peerCoachingProgramme } from "collegiate/timeline";
 *
 * peerCoachingProgramme.stages.map((stage) => stage.duration);
 * // [{ session: "full-day" }, { months: { shortest: 1, longest: 2 } }, { session: "half-day" },
 * //  { months: 3 }, { session: "half-day" }, { months: 3 }, { session: "half-day" }]
 * ```
 */
export const peerCoachingProgramme = /* @__PURE__ */ definePlanTemplate({
  id: "peer-coaching-programme",
  title: templateTexts["peer-coaching-programme"].title,
  schedule: "forward",
  document: "peer-coaching-programme",
  stages: withTexts<z.input<typeof ForwardStageSchema>>(templateTexts["peer-coaching-programme"], [
    { id: "P1", clause: "P1", duration: { session: "full-day" }, kind: "activity" },
    { id: "P2", clause: "P2", duration: { months: { shortest: 1, longest: 2 } }, dependsOn: ["P1"] },
    { id: "P3", clause: "P3", duration: { session: "half-day" }, dependsOn: ["P2"], kind: "activity" },
    { id: "P4", clause: "P4", duration: { months: 3 }, dependsOn: ["P3"] },
    { id: "P5", clause: "P5", duration: { session: "half-day" }, dependsOn: ["P4"], kind: "activity" },
    { id: "P6", clause: "P6", duration: { months: 3 }, dependsOn: ["P5"] },
    { id: "P7", clause: "P7", duration: { session: "half-day" }, dependsOn: ["P6"], kind: "activity" },
  ]),
});

import { templateTexts } from "./messages.js";
import type { z } from "zod";
import { definePlanTemplate, type ForwardStageSchema } from "./planTemplate.js";
import { withTexts } from "./withTexts.js";

/**
 * Two extended sharing cycles in one session (H2: at least twice a session,
 * once as observer and once observed), scheduled forward from the first
 * discussion. Each cycle has a discussion before the lesson (H4, within five
 * school days), the lesson (one school day, an activity), and the dialogue
 * after it (H5, on the next school day: as soon as possible). Between the
 * cycles, three months to try the improvement steps agreed in the dialogue;
 * in the second cycle the roles are exchanged.
 *
 * @example
 * ```ts
 * import { sharingLearningSession } from "collegiate/timeline";
 *
 * sharingLearningSession.stages.map((stage) => stage.id);
 * // ["H4-1", "lesson-1", "H5-1", "steps-1", "H4-2", "lesson-2", "H5-2"]
 * ```
 */
export const sharingLearningSession = /* @__PURE__ */ definePlanTemplate({
  id: "sharing-learning-session",
  title: templateTexts["sharing-learning-session"].title,
  schedule: "forward",
  document: "sharing-learning-experiences",
  stages: withTexts<z.input<typeof ForwardStageSchema>>(templateTexts["sharing-learning-session"], [
    { id: "H4-1", clause: "H4", duration: { schoolDays: 5 } },
    { id: "lesson-1", clause: "H2", duration: { schoolDays: 1 }, dependsOn: ["H4-1"], kind: "activity" },
    { id: "H5-1", clause: "H5", duration: { schoolDays: 1 }, dependsOn: ["lesson-1"] },
    { id: "steps-1", clause: "H5", duration: { months: 3 }, dependsOn: ["H5-1"] },
    { id: "H4-2", clause: "H4", duration: { schoolDays: 5 }, dependsOn: ["steps-1"] },
    { id: "lesson-2", clause: "H2", duration: { schoolDays: 1 }, dependsOn: ["H4-2"], kind: "activity" },
    { id: "H5-2", clause: "H5", duration: { schoolDays: 1 }, dependsOn: ["lesson-2"] },
  ]),
});

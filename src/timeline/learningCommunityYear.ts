import { templateTexts } from "./messages.js";
import type { z } from "zod";
import { definePlanTemplate, type ForwardStageSchema } from "./planTemplate.js";
import { withTexts } from "./withTexts.js";

/**
 * A school's year in a learning community (L1: the service normally lasts one
 * school year), scheduled forward from the start of the session:
 *
 * - `L2`: appointing the curriculum leaders and the coordinator, in the first
 *   ten school days;
 * - `L3`: regular internal meetings, for eight months (list their dates with
 *   {@link recurringMeetings} over the stage's window);
 * - `L5`: the year-end sharing of experience and resources, in the month after.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { learningCommunityYear, scheduleForward } from "collegiate/timeline";
 *
 * const year = scheduleForward(learningCommunityYear, { startDay: "2026-09-01", calendar: defineSchoolCalendar({}) });
 * year.stages.map((stage) => stage.id); // ["L2", "L3", "L5"]
 * ```
 */
export const learningCommunityYear = /* @__PURE__ */ definePlanTemplate({
  id: "learning-community-year",
  title: templateTexts["learning-community-year"].title,
  schedule: "forward",
  document: "learning-communities",
  stages: withTexts<z.input<typeof ForwardStageSchema>>(templateTexts["learning-community-year"], [
    { id: "L2", clause: "L2", duration: { schoolDays: 10 } },
    { id: "L3", clause: "L3", duration: { months: 8 }, dependsOn: ["L2"] },
    { id: "L5", clause: "L5", duration: { months: 1 }, dependsOn: ["L3"] },
  ]),
});

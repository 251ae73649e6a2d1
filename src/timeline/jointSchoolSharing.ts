import { templateTexts } from "./messages.js";
import type { z } from "zod";
import { definePlanTemplate, type BackwardStageSchema } from "./planTemplate.js";
import { withTexts } from "./withTexts.js";

/**
 * The joint-school sharing activity (S1…S9), scheduled backward from the
 * activity day T. Groups and offsets follow the source workflow:
 *
 * | group | stages | opens at |
 * | --- | --- | --- |
 * | `organisation` | S1, S2, S3 | T − 3 months |
 * | `content` | S4, S5 | T − 2 months |
 * | `materials` | S6 | T − 1 month |
 * | `arrangements` | S7 (busy: final arrangements with staff) | T − 2 weeks |
 * | `activity-day` | S8 (the activity) | T |
 * | `evaluation` | S9 | after T, due T + 1 month |
 *
 * Each stage depends on the one before it. Titles and tasks are the
 * library's English texts; a locale translates them under the codes
 * `template/joint-school-sharing/title` and
 * `template/joint-school-sharing/<stage id>/title|external|internal`.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward } from "collegiate/timeline";
 *
 * const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });
 * timeline.stages[0]?.opensOn; // "2026-12-18": three months before
 * ```
 */
export const jointSchoolSharing = /* @__PURE__ */ definePlanTemplate({
  id: "joint-school-sharing",
  title: templateTexts["joint-school-sharing"].title,
  schedule: "backward",
  document: "joint-school-sharing",
  stages: withTexts<z.input<typeof BackwardStageSchema>>(templateTexts["joint-school-sharing"], [
    { id: "S1", clause: "S1", group: "organisation", offset: { months: -3 } },
    { id: "S2", clause: "S2", group: "organisation", dependsOn: ["S1"] },
    { id: "S3", clause: "S3", group: "organisation", dependsOn: ["S2"] },
    { id: "S4", clause: "S4", group: "content", offset: { months: -2 }, dependsOn: ["S3"] },
    { id: "S5", clause: "S5", group: "content", dependsOn: ["S4"] },
    { id: "S6", clause: "S6", group: "materials", offset: { months: -1 }, dependsOn: ["S5"] },
    { id: "S7", clause: "S7", group: "arrangements", offset: { weeks: -2 }, dependsOn: ["S6"], kind: "busy" },
    { id: "S8", clause: "S8", group: "activity-day", offset: {}, dependsOn: ["S7"], kind: "activity" },
    { id: "S9", clause: "S9", group: "evaluation", offset: { months: 1 }, dependsOn: ["S8"] },
  ]),
});

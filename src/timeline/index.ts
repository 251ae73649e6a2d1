/**
 * Timelines: every stage of a plan on the school's calendar. Templates as
 * data (the joint-school sharing activity, the peer coaching programme, a
 * learning community year, a session of extended sharing, or your own),
 * scheduled backward from an activity day or forward from a start day;
 * regular meetings; clashes between plans; export to calendar applications
 * (iCalendar) and readable tables.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { formatTimeline, jointSchoolSharing, scheduleBackward } from "collegiate/timeline";
 *
 * const calendar = defineSchoolCalendar({ closures: [{ name: "Easter holidays", start: "2027-03-25", end: "2027-04-06" }] });
 * console.log(formatTimeline(scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar })));
 * ```
 *
 * @module timeline
 */
export { DurationSchema, type Duration } from "./duration.js";
export { findClashes } from "./findClashes.js";
export { formatTimeline } from "./formatTimeline.js";
export { jointSchoolSharing } from "./jointSchoolSharing.js";
export { learningCommunityYear } from "./learningCommunityYear.js";
export { addOffset, OffsetSchema, type Offset } from "./offset.js";
export { peerCoachingProgramme } from "./peerCoachingProgramme.js";
export {
  BackwardPlanTemplateSchema,
  BackwardStageSchema,
  definePlanTemplate,
  ForwardPlanTemplateSchema,
  ForwardStageSchema,
  parsePlanTemplate,
  PlanTemplateSchema,
  StageKindSchema,
  TasksSchema,
  type BackwardPlanTemplate,
  type BackwardPlanTemplateInput,
  type ForwardPlanTemplate,
  type ForwardPlanTemplateInput,
  type PlanTemplate,
  type StageKind,
  type Tasks,
} from "./planTemplate.js";
export {
  recurringMeetings,
  RecurrenceSchema,
  RecurringMeetingsOptionsSchema,
  type MeetingOccurrence,
  type MeetingSchedule,
  type Recurrence,
  type RecurringMeetingsOptions,
} from "./recurringMeetings.js";
export { scheduleBackward, ScheduleBackwardOptionsSchema, type ScheduleBackwardOptions } from "./scheduleBackward.js";
export { scheduleForward, ScheduleForwardOptionsSchema, type ScheduleForwardOptions } from "./scheduleForward.js";
export { sharingLearningSession } from "./sharingLearningSession.js";
export { stageStatus, StageStatusSchema, type StageStatus } from "./stageStatus.js";
export { parseTimeline, TimelineSchema, TimelineStageSchema, type Timeline, type TimelineStage } from "./timeline.js";
export type { FormatTimelineOptions } from "./timelineTable.js";
export { timelineToMarkdown } from "./timelineToMarkdown.js";
export { ICalendarOptionsSchema, toICalendar, type ICalendarOptions } from "./toICalendar.js";
// The languages of the library, so that a tool importing only this subpath can type its options.
export { en, LocaleSchema, type CollegiateLocale, type Locale, type LocaleOptions } from "../text/locale.js";

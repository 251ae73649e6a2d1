/**
 * The input models that have a JSON Schema, by name. The names are also the
 * kinds of the command line's files (`harbour.calendar.json`,
 * `chan.visit.json`). A capability that adds a model adds one entry here.
 * Internal module.
 */
import { z } from "zod";
import { ClassroomVisitSchema } from "../agreement/classroomVisit.js";
import { PolicyInputSchema } from "../agreement/definePolicy.js";
import { LearningCommunitySchema } from "../agreement/learningCommunity.js";
import { SessionSchema, StaffRosterSchema } from "../agreement/session.js";
import { SharingActivityPlanSchema } from "../agreement/sharingActivityPlan.js";
import { SchoolCalendarInputSchema } from "../calendar/schoolCalendar.js";
import { DiagnosticSchema } from "../diagnostics/diagnostic.js";
import { FeedbackAccumulatorSchema } from "../feedback/accumulator.js";
import { FeedbackResponseSchema } from "../feedback/response.js";
import { SurveySchema } from "../feedback/survey.js";
import { PlanTemplateSchema } from "../timeline/planTemplate.js";
import { TimelineSchema } from "../timeline/timeline.js";
import type { LibraryCheck } from "./libraryChecks.js";
import type { JSONSchemaName } from "./toJSONSchema.js";

/**
 * A session file: the session, its staff roster and its visits, the three
 * things `validateSession(visits, { session, staff })` checks together.
 */
export const SessionRecordSchema = z.strictObject({
  session: SessionSchema,
  staff: StaffRosterSchema,
  visits: z.array(ClassroomVisitSchema),
});

/** A responses file: the responses to one survey. */
export const ResponsesSchema = z.array(FeedbackResponseSchema);

/** A model with a JSON Schema: its zod schema and the checks JSON Schema cannot express. */
export interface JSONSchemaModel {
  readonly schema: z.ZodType;
  readonly checks: readonly LibraryCheck[];
}

/** Every model with a JSON Schema, by name. */
export const jsonSchemaModels = {
  calendar: {
    schema: SchoolCalendarInputSchema,
    checks: ["real-day", "end-not-before-start", "blank-text", "unique-ids", "calendar-open"],
  },
  template: {
    schema: PlanTemplateSchema,
    checks: ["blank-text", "unique-ids", "references", "template-structure"],
  },
  timeline: { schema: TimelineSchema, checks: ["real-day", "end-not-before-start", "blank-text"] },
  visit: { schema: ClassroomVisitSchema, checks: ["real-day", "blank-text", "unique-ids", "senior-feedback-arrangement"] },
  session: { schema: SessionRecordSchema, checks: ["real-day", "end-not-before-start", "blank-text", "unique-ids", "senior-feedback-arrangement"] },
  community: {
    schema: LearningCommunitySchema,
    checks: ["real-day", "end-not-before-start", "blank-text", "unique-ids", "references"],
  },
  plan: { schema: SharingActivityPlanSchema, checks: ["real-day", "blank-text", "unique-ids"] },
  policy: { schema: PolicyInputSchema, checks: ["blank-text", "policy-settings"] },
  survey: { schema: SurveySchema, checks: ["blank-text", "unique-ids", "scale-size"] },
  response: { schema: FeedbackResponseSchema, checks: ["blank-text"] },
  responses: { schema: ResponsesSchema, checks: ["blank-text"] },
  accumulator: { schema: FeedbackAccumulatorSchema, checks: ["blank-text", "unique-ids", "scale-size", "accumulator-counts"] },
  diagnostic: { schema: DiagnosticSchema, checks: [] },
} as const satisfies Record<JSONSchemaName, JSONSchemaModel>;

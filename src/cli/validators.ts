/**
 * How the command line checks each kind of file: with the library's own
 * `parse…` and `validate…` functions, so that it reports exactly what the
 * library reports. Internal module.
 */
import { z } from "zod";
import { ruleById } from "../agreement/agreementRules.js";
import { parsePolicy } from "../agreement/definePolicy.js";
import { learningCommunityService } from "../agreement/policies/learningCommunityService.js";
import { classroomVisitPolicy } from "../agreement/policies/classroomVisitPolicy.js";
import { jointSchoolSharingPolicy } from "../agreement/policies/jointSchoolSharingPolicy.js";
import type { Policy } from "../agreement/policy.js";
import type { RuleSubject, ValidationContext } from "../agreement/rule.js";
import { validateCommunity } from "../agreement/validateCommunity.js";
import { validatePlan } from "../agreement/validatePlan.js";
import { validateSession } from "../agreement/validateSession.js";
import { validateVisit } from "../agreement/validateVisit.js";
import type { PlainDate } from "../calendar/plainDate.js";
import { parseSchoolCalendar, type SchoolCalendar } from "../calendar/schoolCalendar.js";
import { DiagnosticSchema, type Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticsFromZod } from "../diagnostics/fromZod.js";
import { parseAccumulator } from "../feedback/accumulator.js";
import { FeedbackResponseSchema } from "../feedback/response.js";
import { parseSurvey } from "../feedback/survey.js";
import { ResponsesSchema } from "../schemas/models.js";
import { parsePlanTemplate } from "../timeline/planTemplate.js";
import { parseTimeline } from "../timeline/timeline.js";
import type { DocumentKind } from "./kinds.js";

/** What records are judged with: a policy, a calendar, a day. */
export interface ValidationSettings {
  /** A policy that replaces the default policy of each kind of record it has rules for. */
  readonly policy?: Policy;
  /** The school's calendar, for counts in school days. */
  readonly calendar?: SchoolCalendar;
  /** The day the records are judged on. */
  readonly asOf?: PlainDate;
}

/** The policy for records of `subject`: the given one when it has rules for them, else the default. */
export function policyFor(subject: Exclude<RuleSubject, "session">, settings: ValidationSettings, fallback: Policy): Policy {
  const { policy } = settings;
  if (policy === undefined) return fallback;
  const covers = Object.keys(policy.rules).some((id) => {
    const ruleSubject = ruleById(id)?.subject;
    return ruleSubject === subject || (subject === "visit" && ruleSubject === "session");
  });
  return covers ? policy : fallback;
}

function contextOf(settings: ValidationSettings): ValidationContext {
  return {
    ...(settings.calendar === undefined ? {} : { calendar: settings.calendar }),
    ...(settings.asOf === undefined ? {} : { asOf: settings.asOf }),
  };
}

function schemaOnly(schema: z.ZodType): (input: unknown) => readonly Diagnostic[] {
  return (input) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? [] : diagnosticsFromZod(parsed.error.issues);
  };
}

// The keys of a session file; each part is then checked by validateSession.
const SessionFileSchema = z.strictObject({ session: z.unknown(), staff: z.unknown(), visits: z.unknown() });

/** Checks a document of each kind, returning every finding. */
export const validators: { readonly [K in DocumentKind]: (input: unknown, settings: ValidationSettings) => readonly Diagnostic[] } = {
  calendar: (input) => parseSchoolCalendar(input).diagnostics,
  template: (input) => parsePlanTemplate(input).diagnostics,
  timeline: (input) => parseTimeline(input).diagnostics,
  visit: (input, settings) => validateVisit(input, policyFor("visit", settings, classroomVisitPolicy), contextOf(settings)).diagnostics,
  session: (input, settings) => {
    const file = SessionFileSchema.safeParse(input);
    if (!file.success) return diagnosticsFromZod(file.error.issues);
    const { session, staff, visits } = file.data;
    return validateSession(visits, {
      session: session as never,
      staff: staff as never,
      policy: policyFor("visit", settings, classroomVisitPolicy),
      ...contextOf(settings),
    }).diagnostics;
  },
  community: (input, settings) =>
    validateCommunity(input, policyFor("community", settings, learningCommunityService), contextOf(settings)).diagnostics,
  plan: (input, settings) => validatePlan(input, policyFor("plan", settings, jointSchoolSharingPolicy), contextOf(settings)).diagnostics,
  policy: (input) => parsePolicy(input).diagnostics,
  survey: (input) => parseSurvey(input).diagnostics,
  response: schemaOnly(FeedbackResponseSchema),
  responses: schemaOnly(ResponsesSchema),
  accumulator: (input) => parseAccumulator(input).diagnostics,
  diagnostic: schemaOnly(DiagnosticSchema),
};

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
import { diagnosticTemplates } from "../diagnostics/message.js";
import { parseInput } from "../diagnostics/parseInput.js";
import { parseAccumulator } from "../feedback/accumulator.js";
import { feedbackTemplates } from "../feedback/message.js";
import { FeedbackResponseSchema } from "../feedback/response.js";
import { parseSurvey } from "../feedback/survey.js";
import { ResponsesSchema } from "../schemas/models.js";
import { parsePlanTemplate } from "../timeline/planTemplate.js";
import { parseTimeline } from "../timeline/timeline.js";
import { en, type Locale } from "../text/locale.js";
import type { TemplateLookup } from "../text/templates.js";
import type { DocumentKind } from "./kinds.js";

/** What records are judged with (a policy, a calendar, a day), and the language of the findings. */
export interface ValidationSettings {
  /** A policy that replaces the default policy of each kind of record it has rules for. */
  readonly policy?: Policy;
  /** The school's calendar, for counts in school days. */
  readonly calendar?: SchoolCalendar;
  /** The day the records are judged on. */
  readonly asOf?: PlainDate;
  /** The language of the findings: English by default. */
  readonly locale?: Locale;
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
    locale: localeOf(settings),
  };
}

function localeOf(settings: ValidationSettings): Locale {
  return settings.locale ?? en;
}

/**
 * A check of `schema` alone: the problems it finds, in the settings'
 * language, written from the templates of the capability the schema belongs to.
 */
function schemaOnly(schema: z.ZodType, templates: TemplateLookup): (input: unknown, settings: ValidationSettings) => readonly Diagnostic[] {
  return (input, settings) => {
    const parsed = parseInput(schema, input, localeOf(settings), templates);
    return parsed.success ? [] : parsed.diagnostics;
  };
}

// The keys of a session file; each part is then checked by validateSession.
const SessionFileSchema = z.strictObject({ session: z.unknown(), staff: z.unknown(), visits: z.unknown() });

/** Checks a document of each kind, returning every finding. */
export const validators: { readonly [K in DocumentKind]: (input: unknown, settings: ValidationSettings) => readonly Diagnostic[] } = {
  calendar: (input, settings) => parseSchoolCalendar(input, { locale: localeOf(settings) }).diagnostics,
  template: (input, settings) => parsePlanTemplate(input, { locale: localeOf(settings) }).diagnostics,
  timeline: (input, settings) => parseTimeline(input, { locale: localeOf(settings) }).diagnostics,
  visit: (input, settings) => validateVisit(input, policyFor("visit", settings, classroomVisitPolicy), contextOf(settings)).diagnostics,
  session: (input, settings) => {
    const file = parseInput(SessionFileSchema, input, localeOf(settings), diagnosticTemplates);
    if (!file.success) return file.diagnostics;
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
  policy: (input, settings) => parsePolicy(input, { locale: localeOf(settings) }).diagnostics,
  survey: (input, settings) => parseSurvey(input, { locale: localeOf(settings) }).diagnostics,
  response: schemaOnly(FeedbackResponseSchema, feedbackTemplates),
  responses: schemaOnly(ResponsesSchema, feedbackTemplates),
  accumulator: (input, settings) => parseAccumulator(input, { locale: localeOf(settings) }).diagnostics,
  diagnostic: schemaOnly(DiagnosticSchema, diagnosticTemplates),
};

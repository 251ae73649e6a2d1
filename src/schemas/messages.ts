import { formatMessage, type MessageParams } from "../text/formatMessage.js";

/**
 * Every sentence the JSON Schemas carry, in English (the language of the
 * published `.json` files): the title and description of each model, of the
 * shared definitions, and of each check the library makes that JSON Schema
 * cannot express. Templates are filled with `formatMessage`. Internal: the
 * wording is not part of the public API.
 */
export const schemaMessages = {
  "model.calendar.title": "School calendar",
  "model.calendar.description": "A school's weekend days, terms and closures, as read by parseSchoolCalendar.",
  "model.template.title": "Plan template",
  "model.template.description":
    'The stages of a plan, scheduled backward from an activity day or forward from a start day ("schedule"), as read by parsePlanTemplate.',
  "model.timeline.title": "Timeline",
  "model.timeline.description": "Every stage of a plan on the school's calendar, as returned by scheduleBackward and scheduleForward and read by parseTimeline.",
  "model.visit.title": "Classroom visit",
  "model.visit.description": "A classroom visit at any stage of its life, as checked by validateVisit.",
  "model.session.title": "Session of classroom visits",
  "model.session.description":
    "A session (school year), its staff roster and its classroom visits, as checked by validateSession(visits, { session, staff }).",
  "model.community.title": "Learning community",
  "model.community.description": "A learning community of schools, its meetings, collected media and shared resources, as checked by validateCommunity.",
  "model.plan.title": "Sharing activity plan",
  "model.plan.description": "A joint-school sharing activity's plan: schools, representatives, basic details and content, as checked by validatePlan.",
  "model.policy.title": "Agreement policy",
  "model.policy.description": "The rules, severities and settings to validate records with, as read by parsePolicy.",
  "model.survey.title": "Survey",
  "model.survey.description": "A feedback survey and its questions, as read by parseSurvey.",
  "model.response.title": "Survey response",
  "model.response.description": "One response to a survey, with its grouping attributes; answers are checked against the survey when counted.",
  "model.responses.title": "Survey responses",
  "model.responses.description": "A list of responses to one survey, as counted by aggregateFeedback.",
  "model.accumulator.title": "Feedback accumulator",
  "model.accumulator.description": "Counts of responses to one survey, mergeable across schools, as read by parseAccumulator.",
  "model.diagnostic.title": "Diagnostic",
  "model.diagnostic.description": "One finding of the library: rule id, severity, message code and its parameters, message, path into the input, cited clause and hint.",

  "definition.plain-date.title": "Calendar day",
  "definition.plain-date.description": "A calendar day as YYYY-MM-DD, with no time and no time zone, such as 2027-03-18.",

  "checks.intro": "The library also checks what JSON Schema cannot express: {checks}.",
  "check.senior-feedback-arrangement": "a visit with a senior promoted visitor records its feedback arrangement (only peer visits may leave it out)",
  "check.real-day": "every day is a real calendar day (the pattern checks only the YYYY-MM-DD shape, so 2027-02-29 matches it)",
  "check.end-not-before-start": "no range ends before it starts (terms, closures, sessions, periods, stages)",
  "check.blank-text": "names and texts are not blank (the library trims spaces first)",
  "check.unique-ids": "ids that identify something are not used twice",
  "check.references": "references point at something that exists (a stage a stage depends on, the school of a meeting)",
  "check.calendar-open": "at least one weekday is not a weekend day, and terms do not overlap",
  "check.template-structure":
    "a template's groups are contiguous, each with one offset or duration, in time order, and its dependencies have no cycle and point at earlier stages",
  "check.scale-size": "a Likert scale has 2 to 11 points",
  "check.policy-settings": "the fewest improvement steps is not more than the most",
  "check.accumulator-counts": "an accumulator's counts add up and fit its survey",
} as const;

/** A key of {@link schemaMessages}. */
export type SchemaMessageKey = keyof typeof schemaMessages;

/** The message `key` of {@link schemaMessages} with its placeholders filled. @internal */
export function say(key: SchemaMessageKey, params?: MessageParams): string {
  return formatMessage(schemaMessages[key], params);
}

/**
 * Every public function that takes data from outside, with what its JSDoc
 * promises: valid arguments to start from, which arguments can hold outside
 * data, and which errors (if any) each may throw. A function that returns a
 * result (`{ ok, …, diagnostics }`, a list of findings, a verdict) never
 * throws; a `define…` and a function whose options are checked throws only
 * `InvalidInputError`; the calendar's arithmetic throws only the errors its
 * JSDoc names.
 */
import fc from "fast-check";
import * as collegiate from "../../src/index.js";
import {
  addDays,
  addMonths,
  addOffset,
  addResponse,
  addResponses,
  addSchoolDays,
  aggregateFeedback,
  availableEvents,
  classroomVisitMachine,
  compareDays,
  createAccumulator,
  createClassroomVisitMachine,
  createLearningCommunityMachine,
  createSharingActivityMachine,
  dayOfTimestamp,
  daysBetween,
  defineMachine,
  definePlanTemplate,
  definePolicy,
  defineSchoolCalendar,
  defineSurvey,
  describeDay,
  localizeDiagnostics,
  defineLocale,
  en,
  findClashes,
  formatDay,
  formatDiagnostics,
  formatTimeline,
  hasErrors,
  initialSnapshot,
  isPeerVisit,
  isPlainDate,
  isPolicy,
  isSchoolDay,
  jointSchoolSharing,
  likertChartSvg,
  listSchoolDays,
  localizeSurvey,
  mergeAccumulators,
  nextSchoolDay,
  overdueStages,
  parseAccumulator,
  parseEvent,
  parsePlainDate,
  parsePlanTemplate,
  parsePolicy,
  parseSchoolCalendar,
  parseSurvey,
  parseTimeline,
  peerCoachingProgramme,
  plainDate,
  previousSchoolDay,
  recurringMeetings,
  renderFeedbackReport,
  replay,
  rollToSchoolDay,
  ruleById,
  scheduleBackward,
  scheduleForward,
  schoolDaysBetween,
  sharingActivityContext,
  sharingActivityMachine,
  stageStatus,
  summarize,
  timelineToMarkdown,
  toICalendar,
  transition,
  validateCommunity,
  validatePlan,
  validateSession,
  validateVisit,
  weekdayOf,
  ClassroomVisitSchema,
  wowsAndWondersSurvey,
  type PlainDate,
  type SchoolCalendarInput,
} from "../../src/index.js";
import { jsonSchemaNames, toJSONSchema } from "../../src/schemas/index.js";
import { toBeScheduledBefore, toHaveDiagnostic, toSatisfyPolicy } from "../../src/vitest/index.js";
import { sampleCommunity, samplePlan, sampleSession, sampleVisit } from "../agreement/records.js";
import { anyDayArbitrary } from "../support/arbitraries.js";
import { responsesArbitrary, sampleSurvey } from "../support/feedback.js";
import { edgeDays } from "./hostile.js";
import { z } from "zod";
import { zhHant } from "../../src/locales/zh-Hant.js";

/**
 * An error a function may throw: `InvalidInputError` (with its diagnostics);
 * `NoSchoolDayError`; a `TypeError` or `RangeError` that the library itself
 * raises to name a wrong argument (not one from the engine, such as
 * "Cannot read properties of undefined").
 */
export type Allowed = "InvalidInputError" | "NoSchoolDayError" | "TypeError" | "RangeError";

/** One public function under fuzzing. */
export interface Contract {
  /** The export's name. */
  readonly name: string;
  /** Calls it (binding `this` for the matchers). */
  readonly call: (...args: readonly unknown[]) => unknown;
  /** Valid arguments, extreme days included. */
  readonly valid: fc.Arbitrary<readonly unknown[]>;
  /** What it may throw on valid arguments (documented edge cases). */
  readonly validMay?: readonly Allowed[];
  /** Argument index → what it may throw when that argument holds outside data of any shape. */
  readonly untrusted: Readonly<Record<number, readonly Allowed[]>>;
}

/** A plain JSON copy, as a value read back from a file would be. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const ISSUE = "InvalidInputError" as const;
/**
 * Options: an `InvalidInputError` when they have a schema; a `TypeError`
 * naming an unknown `locale` when they have none (text/locale.ts, `checkedLocale`).
 */
const OPTIONS = ["InvalidInputError", "TypeError"] as const;
const day: fc.Arbitrary<PlainDate> = fc.oneof(fc.constantFrom(...edgeDays.map((text) => plainDate(text))), anyDayArbitrary);
const ordinaryDay = fc.constantFrom("2026-09-01", "2027-03-18", "2027-07-16", "2028-02-29");
const locale = fc.constantFrom(undefined, { locale: en }, { locale: zhHant });
const calendarInput: SchoolCalendarInput = {
  weekend: ["saturday", "sunday"],
  terms: [{ name: "2026/27", start: "2026-09-01", end: "2027-07-16" }],
  closures: [{ name: "Easter holidays", start: "2027-03-25", end: "2027-04-06", kind: "school-holiday" }],
};
const calendar = defineSchoolCalendar(calendarInput);
const openCalendar = defineSchoolCalendar({});
const calendars = fc.constantFrom(calendar, openCalendar, json(calendar));
const dayCalendar = fc.constantFrom(openCalendar, json(openCalendar));

const backward = scheduleBackward(jointSchoolSharing, { activityDay: plainDate("2027-03-18"), calendar });
const forward = scheduleForward(peerCoachingProgramme, { startDay: plainDate("2026-09-07"), calendar });
const timelines = fc.constantFrom(backward, forward, json(backward));

const responses = [1, 2, 3, 3].map((useful, index) => ({
  respondentId: `r${index}`,
  school: index % 2 === 0 ? "A" : "B",
  answers: { useful, recommend: 7, length: "same", parts: ["dialogue"], again: true, wow: "Pairs" },
}));
const accumulator = addResponses(createAccumulator(sampleSurvey), responses).accumulator;
const summary = aggregateFeedback(sampleSurvey, responses, { groupBy: ["school"], minGroupSize: 3 });

const visitSnapshot = initialSnapshot(classroomVisitMachine, {
  visit: {
    observedTeacher: { id: "t-wong", name: "Mr Wong" },
    visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: true }],
    proposedOn: "2027-03-01",
  },
});
const scheduleEvent = { type: "schedule", at: "2027-03-02T09:00:00+08:00", visitDay: "2027-03-10", minutes: 40, activePartOffered: true };
const sharingStart = { activityDay: "2027-03-18", calendar: calendarInput, plan: samplePlan };
const sharingSnapshot = initialSnapshot(sharingActivityMachine, sharingActivityContext({ ...sharingStart, calendar }));

const lampConfig = {
  id: "lamp",
  context: z.object({}),
  events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
  initial: "off",
  states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
};

const args = (...values: readonly fc.Arbitrary<unknown>[]): fc.Arbitrary<readonly unknown[]> => fc.tuple(...values);
const constant = (...values: readonly unknown[]): fc.Arbitrary<readonly unknown[]> => fc.constant(values);
const matcherContext = { isNot: false };

/**
 * Every public function that takes outside data, with its promise. Arguments
 * typed as values only the library makes (a machine, a policy object, a
 * timeline, an accumulator, a summary, a timestamp or offset already
 * validated, a date-fns pattern) get valid values only; calendar days
 * (`PlainDate`) get anything, as the library names a wrong one in a
 * `TypeError`; options and records get anything.
 */
const calendarContracts: readonly Contract[] = [
  { name: "plainDate", call: plainDate as never, valid: args(day), untrusted: { 0: [ISSUE] } },
  { name: "parsePlainDate", call: parsePlainDate as never, valid: args(day, locale), untrusted: { 0: [], 1: [] } },
  { name: "isPlainDate", call: isPlainDate as never, valid: args(day), untrusted: { 0: [] } },
  {
    name: "addDays",
    call: addDays as never,
    valid: args(day, fc.integer({ min: -4_000_000, max: 4_000_000 })),
    validMay: ["RangeError"],
    untrusted: { 0: ["TypeError"], 1: ["TypeError", "RangeError"] },
  },
  {
    name: "addMonths",
    call: addMonths as never,
    valid: args(day, fc.integer({ min: -130_000, max: 130_000 })),
    validMay: ["RangeError"],
    untrusted: { 0: ["TypeError"], 1: ["TypeError", "RangeError"] },
  },
  { name: "compareDays", call: compareDays as never, valid: args(day, day), untrusted: { 0: ["TypeError"], 1: ["TypeError"] } },
  { name: "daysBetween", call: daysBetween as never, valid: args(day, day), untrusted: { 0: ["TypeError"], 1: ["TypeError"] } },
  { name: "weekdayOf", call: weekdayOf as never, valid: args(day), untrusted: { 0: ["TypeError"] } },
  {
    name: "formatDay",
    call: formatDay as never,
    valid: args(day, fc.constantFrom(undefined, "yyyy-MM-dd", "EEEE d MMMM yyyy"), fc.constantFrom(undefined, {})),
    untrusted: { 0: ["TypeError"] },
  },
  {
    name: "parseSchoolCalendar",
    call: parseSchoolCalendar as never,
    valid: args(fc.constant(calendarInput), locale),
    untrusted: { 0: [], 1: [] },
  },
  {
    name: "defineSchoolCalendar",
    call: defineSchoolCalendar as never,
    valid: args(fc.constant(calendarInput), locale),
    untrusted: { 0: [ISSUE], 1: [ISSUE] },
  },
  { name: "isSchoolDay", call: isSchoolDay as never, valid: args(calendars, day), untrusted: { 0: [ISSUE], 1: ["TypeError"] } },
  { name: "describeDay", call: describeDay as never, valid: args(calendars, day), untrusted: { 0: [ISSUE], 1: ["TypeError"] } },
  {
    name: "listSchoolDays",
    call: listSchoolDays as never,
    valid: args(calendars, ordinaryDay, ordinaryDay),
    untrusted: { 0: [ISSUE], 1: ["TypeError"], 2: ["TypeError"] },
  },
  {
    name: "schoolDaysBetween",
    call: schoolDaysBetween as never,
    valid: args(calendars, day, day),
    untrusted: { 0: [ISSUE], 1: ["TypeError"], 2: ["TypeError"] },
  },
  {
    name: "addSchoolDays",
    call: addSchoolDays as never,
    valid: args(calendars, day, fc.integer({ min: -1_000_000, max: 1_000_000 })),
    validMay: ["NoSchoolDayError"],
    untrusted: { 0: [ISSUE], 1: ["TypeError"], 2: ["TypeError", "NoSchoolDayError"] },
  },
  {
    name: "nextSchoolDay",
    call: nextSchoolDay as never,
    valid: args(calendars, day),
    validMay: ["NoSchoolDayError"],
    untrusted: { 0: [ISSUE], 1: ["TypeError"] },
  },
  {
    name: "previousSchoolDay",
    call: previousSchoolDay as never,
    valid: args(calendars, day),
    validMay: ["NoSchoolDayError"],
    untrusted: { 0: [ISSUE], 1: ["TypeError"] },
  },
  {
    name: "rollToSchoolDay",
    call: rollToSchoolDay as never,
    valid: args(calendars, day, fc.constantFrom("backward", "forward")),
    validMay: ["NoSchoolDayError"],
    untrusted: { 0: [ISSUE], 1: ["TypeError"], 2: ["TypeError"] },
  },

];

const diagnosticsContracts: readonly Contract[] = [
  { name: "hasErrors", call: hasErrors as never, valid: constant(summary.diagnostics), untrusted: {} },
  {
    name: "formatDiagnostics",
    call: formatDiagnostics as never,
    valid: args(fc.constant(validateVisit({}).diagnostics), fc.constantFrom(undefined, { format: "markdown" }, { format: "text", locale: zhHant })),
    untrusted: { 1: OPTIONS },
  },
  {
    name: "defineLocale",
    call: defineLocale as never,
    valid: constant({ code: "en-x-test", messages: { "diagnostics/none": "Nothing found." } }),
    untrusted: { 0: [ISSUE] },
  },
  {
    name: "localizeDiagnostics",
    call: localizeDiagnostics as never,
    valid: args(fc.constant(validateVisit({}).diagnostics), fc.constantFrom(undefined, { locale: zhHant }, { locale: en })),
    untrusted: { 1: OPTIONS },
  },

];

const agreementContracts: readonly Contract[] = [
  {
    name: "parsePolicy",
    call: parsePolicy as never,
    valid: args(fc.constant({ extends: ["lnct-agreement"], rules: { "lnct/active-part-offered": "warning" } }), locale),
    untrusted: { 0: [], 1: [] },
  },
  {
    name: "definePolicy",
    call: definePolicy as never,
    valid: args(fc.constant({ extends: ["lnct-agreement"], rules: { "lnct/active-part-offered": "warning" } }), locale),
    untrusted: { 0: [ISSUE], 1: [ISSUE] },
  },
  { name: "isPolicy", call: isPolicy as never, valid: constant(collegiate.lnctAgreement), untrusted: { 0: [] } },
  { name: "ruleById", call: ruleById as never, valid: constant("lnct/purpose-shared"), untrusted: { 0: [] } },
  { name: "isPeerVisit", call: isPeerVisit as never, valid: constant(ClassroomVisitSchema.parse(sampleVisit)), untrusted: {} },
  {
    name: "validateVisit",
    call: validateVisit as never,
    valid: args(fc.constant(sampleVisit), fc.constant(undefined), fc.constantFrom({}, { asOf: "2027-04-01", calendar, locale: zhHant })),
    untrusted: { 0: [], 2: [ISSUE] },
  },
  {
    name: "validateSession",
    call: validateSession as never,
    valid: constant(sampleSession.visits, { session: sampleSession.session, staff: sampleSession.staff, asOf: "2027-07-01" }),
    untrusted: { 0: [], 1: [ISSUE] },
  },
  {
    name: "validateCommunity",
    call: validateCommunity as never,
    valid: args(fc.constant(sampleCommunity), fc.constant(undefined), fc.constantFrom({}, { asOf: "2026-12-01", calendar })),
    untrusted: { 0: [], 2: [ISSUE] },
  },
  {
    name: "validatePlan",
    call: validatePlan as never,
    valid: args(fc.constant(samplePlan), fc.constant(undefined), fc.constantFrom({}, { asOf: "2027-01-20", calendar })),
    untrusted: { 0: [], 2: [ISSUE] },
  },

];

const timelineContracts: readonly Contract[] = [
  { name: "addOffset", call: addOffset as never, valid: constant("2027-03-18", { months: -1, weeks: 2, days: -3 }), validMay: ["RangeError"], untrusted: { 0: ["TypeError"] } },
  { name: "stageStatus", call: stageStatus as never, valid: args(fc.constant(backward.stages[0]), day), untrusted: { 1: ["TypeError"] } },
  { name: "parseTimeline", call: parseTimeline as never, valid: args(fc.constant(json(backward)), locale), untrusted: { 0: [], 1: [] } },
  { name: "parsePlanTemplate", call: parsePlanTemplate as never, valid: args(fc.constantFrom(json(jointSchoolSharing), json(peerCoachingProgramme)), locale), untrusted: { 0: [], 1: [] } },
  { name: "definePlanTemplate", call: definePlanTemplate as never, valid: args(fc.constantFrom(json(jointSchoolSharing), json(peerCoachingProgramme)), locale), untrusted: { 0: [ISSUE], 1: [ISSUE] } },
  {
    name: "scheduleBackward",
    call: scheduleBackward as never,
    valid: args(fc.constantFrom(jointSchoolSharing, json(jointSchoolSharing)), fc.record({ activityDay: day, calendar: dayCalendar, asOf: fc.option(day, { nil: undefined }), compress: fc.boolean() }, { requiredKeys: ["activityDay", "calendar"] })),
    untrusted: { 0: [ISSUE], 1: [ISSUE] },
  },
  {
    name: "scheduleForward",
    call: scheduleForward as never,
    valid: args(fc.constantFrom(peerCoachingProgramme, json(peerCoachingProgramme)), fc.record({ startDay: day, calendar: dayCalendar, asOf: fc.option(day, { nil: undefined }) }, { requiredKeys: ["startDay", "calendar"] })),
    untrusted: { 0: [ISSUE], 1: [ISSUE] },
  },
  {
    name: "recurringMeetings",
    call: recurringMeetings as never,
    valid: args(dayCalendar, fc.tuple(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom({ weeks: 1 }, { weeks: 2 }, { months: 1 })).map(([from, length, every]) => {
      const to = daysBetween(from, plainDate("9999-12-31")) < length ? "9999-12-31" : addDays(from, length);
      return { from, to, every };
    })),
    untrusted: { 0: [ISSUE], 1: [ISSUE] },
  },
  { name: "findClashes", call: findClashes as never, valid: args(fc.constant([backward, json(backward), forward]), locale), untrusted: { 1: OPTIONS } },
  { name: "formatTimeline", call: formatTimeline as never, valid: args(timelines, locale), untrusted: { 1: OPTIONS } },
  { name: "timelineToMarkdown", call: timelineToMarkdown as never, valid: args(timelines, locale), untrusted: { 1: OPTIONS } },
  {
    name: "toICalendar",
    call: toICalendar as never,
    valid: args(timelines, fc.constant({ dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example.edu.hk", calendarName: "Sharing" })),
    untrusted: { 1: [ISSUE] },
  },

];

const machineContracts: readonly Contract[] = [
  { name: "defineMachine", call: defineMachine as never, valid: constant(lampConfig), untrusted: { 0: [ISSUE] } },
  { name: "initialSnapshot", call: initialSnapshot as never, valid: constant(classroomVisitMachine, json(visitSnapshot.context)), untrusted: { 1: [ISSUE], 2: [ISSUE] } },
  { name: "parseEvent", call: parseEvent as never, valid: args(fc.constant(classroomVisitMachine), fc.constant(scheduleEvent), locale), untrusted: { 1: [], 2: OPTIONS } },
  {
    name: "transition",
    call: transition as never,
    valid: args(fc.constant(classroomVisitMachine), fc.constantFrom(visitSnapshot, json(visitSnapshot)), fc.constant(scheduleEvent), locale),
    untrusted: { 1: [], 2: [], 3: OPTIONS },
  },
  {
    name: "replay",
    call: replay as never,
    valid: args(fc.constant(classroomVisitMachine), fc.constant(json(visitSnapshot.context)), fc.constant([scheduleEvent]), locale),
    // The context: `@throws InvalidInputError` when it does not fit the machine's schema (no snapshot to replay on).
    untrusted: { 1: [ISSUE], 2: [], 3: OPTIONS },
  },
  {
    name: "availableEvents",
    call: availableEvents as never,
    valid: args(fc.constant(classroomVisitMachine), fc.constantFrom(visitSnapshot, json(visitSnapshot)), fc.constant({ at: "2027-03-02T09:00:00Z", events: [scheduleEvent] })),
    untrusted: { 1: [ISSUE], 2: [ISSUE] },
  },
  { name: "overdueStages", call: overdueStages as never, valid: args(fc.constant(json(sharingSnapshot)), fc.constant(backward), day), untrusted: { 2: ["TypeError"] } },
  { name: "dayOfTimestamp", call: dayOfTimestamp as never, valid: constant("2027-03-18T23:30:00-03:00"), untrusted: {} },
  { name: "sharingActivityContext", call: sharingActivityContext as never, valid: constant(sharingStart), untrusted: { 0: [ISSUE] } },
  { name: "createClassroomVisitMachine", call: createClassroomVisitMachine as never, valid: constant({ calendar: calendarInput }), untrusted: { 0: [ISSUE] } },
  { name: "createLearningCommunityMachine", call: createLearningCommunityMachine as never, valid: constant({ calendar: calendarInput }), untrusted: { 0: [ISSUE] } },
  { name: "createSharingActivityMachine", call: createSharingActivityMachine as never, valid: constant({}), untrusted: { 0: [ISSUE] } },

];

const feedbackContracts: readonly Contract[] = [
  { name: "parseSurvey", call: parseSurvey as never, valid: args(fc.constantFrom(json(sampleSurvey), json(wowsAndWondersSurvey)), locale), untrusted: { 0: [], 1: [] } },
  { name: "defineSurvey", call: defineSurvey as never, valid: args(fc.constantFrom(json(sampleSurvey), json(wowsAndWondersSurvey)), locale), untrusted: { 0: [ISSUE], 1: [ISSUE] } },
  { name: "localizeSurvey", call: localizeSurvey as never, valid: args(fc.constantFrom(sampleSurvey, wowsAndWondersSurvey, json(wowsAndWondersSurvey)), fc.constantFrom(en, zhHant)), untrusted: { 1: [ISSUE] } },
  { name: "createAccumulator", call: createAccumulator as never, valid: constant(json(sampleSurvey)), untrusted: { 0: [ISSUE] } },
  { name: "parseAccumulator", call: parseAccumulator as never, valid: args(fc.constant(json(accumulator)), locale), untrusted: { 0: [], 1: [] } },
  { name: "addResponses", call: addResponses as never, valid: args(fc.constant(accumulator), responsesArbitrary(8), locale), untrusted: { 1: [], 2: OPTIONS } },
  { name: "addResponse", call: addResponse as never, valid: args(fc.constant(accumulator), fc.constant(responses[0]), locale), untrusted: { 1: [], 2: OPTIONS } },
  { name: "mergeAccumulators", call: mergeAccumulators as never, valid: constant(accumulator, json(accumulator)), untrusted: {} },
  {
    name: "aggregateFeedback",
    call: aggregateFeedback as never,
    valid: args(fc.constantFrom(sampleSurvey, json(sampleSurvey)), responsesArbitrary(8), fc.constantFrom({}, { groupBy: ["school"], minGroupSize: 3, invited: 40 })),
    untrusted: { 0: [ISSUE], 1: [ISSUE], 2: [ISSUE] },
  },
  { name: "summarize", call: summarize as never, valid: constant(json(accumulator), { groupBy: ["school", "role"], minGroupSize: 3, invited: { A: 5 } }), untrusted: { 1: [ISSUE] } },
  { name: "likertChartSvg", call: likertChartSvg as never, valid: constant(summary, "useful", { width: 640, locale: zhHant }), untrusted: { 1: [ISSUE], 2: [ISSUE] } },
  {
    name: "renderFeedbackReport",
    call: renderFeedbackReport as never,
    valid: args(fc.constant(summary), fc.constantFrom({ format: "markdown" }, { format: "csv" }, { format: "json", locale: zhHant })),
    untrusted: { 1: [ISSUE] },
  },

];

const otherContracts: readonly Contract[] = [
  { name: "toJSONSchema", call: toJSONSchema as never, valid: fc.constantFrom(...jsonSchemaNames).map((name) => [name]), untrusted: { 0: ["TypeError"] } },

  // vitest matchers: a verdict, never a throw, whatever is received
  { name: "toHaveDiagnostic", call: (...a) => toHaveDiagnostic.call(matcherContext, ...(a as [unknown, string])), valid: constant(summary, "schema/invalid-type"), untrusted: { 0: [] } },
  { name: "toSatisfyPolicy", call: (...a) => toSatisfyPolicy.call(matcherContext, ...(a as [unknown, "lnct-agreement"])), valid: constant(sampleVisit, "lnct-agreement"), untrusted: { 0: [], 1: [ISSUE], 2: [ISSUE] } },
  { name: "toBeScheduledBefore", call: (...a) => toBeScheduledBefore.call(matcherContext, ...(a as [unknown, string, string])), valid: args(timelines, fc.constant("S3"), day), untrusted: { 0: [], 2: [ISSUE] } },
];

/** The contracts by area, one test file each so that they run in parallel. */
export const contractsByArea = {
  calendar: calendarContracts,
  diagnostics: diagnosticsContracts,
  agreement: agreementContracts,
  timeline: timelineContracts,
  machines: machineContracts,
  feedback: feedbackContracts,
  "schemas and vitest": otherContracts,
} as const;

/** Every fuzzed function. */
export const contracts: readonly Contract[] = Object.values(contractsByArea).flat();

/**
 * Exports that take no data from outside, with why: constants, zod schemas,
 * error classes, and functions of values only the library makes (machines and
 * rules are code, not data). A new export must be listed here or above.
 */
export const noOutsideData: Readonly<Record<string, string>> = {
  InvalidInputError: "error class",
  NoSchoolDayError: "error class",
  snapshotSchema: "takes a machine, which is code from defineMachine",
  toMermaid: "takes a machine, which is code from defineMachine",
  machineToMarkdown: "takes a machine, which is code from defineMachine",
  renderRuleReference: "takes rules, which are code",
  collegiateMatchers: "the matchers, fuzzed one by one above",
};

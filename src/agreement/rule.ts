import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import type { SourceRef } from "../diagnostics/sourceDocuments.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { Locale } from "../text/locale.js";
import type { AgreementOptions } from "./agreementOptions.js";
import type { ClassroomVisit, ClassroomVisitInput } from "./classroomVisit.js";
import { Findings } from "./findings.js";
import { inspectionOf, type Inspection } from "./inspection.js";
import type { LearningCommunity, LearningCommunityInput } from "./learningCommunity.js";
import type { Session, SessionInput, StaffRoster } from "./session.js";
import type { SharingActivityPlan, SharingActivityPlanInput } from "./sharingActivityPlan.js";
import { isPeerVisit } from "./isPeerVisit.js";

/**
 * What a rule looks at: one classroom visit, a whole session's visits, a
 * learning community, or a joint-school sharing activity's plan.
 *
 * @example
 * ```ts
 * import { agreementRules, type RuleSubject } from "collegiate/agreement";
 *
 * const subject: RuleSubject = "visit";
 * agreementRules.filter((rule) => rule.subject === subject).length; // 16
 * ```
 */
export type RuleSubject = "visit" | "session" | "community" | "plan";

/**
 * Everything the session rules (H2, A8) look at: the session, its teachers and
 * its visits.
 *
 * @example
 * ```ts
 * import type { SessionRecord } from "collegiate/agreement";
 *
 * function teachers(record: SessionRecord): number {
 *   return record.staff.length;
 * }
 * ```
 */
export interface SessionRecord {
  /** The session, with its summary report. */
  readonly session: Session;
  /** The teachers each of whom takes part as observer and as observed. */
  readonly staff: StaffRoster;
  /** The session's classroom visits. */
  readonly visits: readonly ClassroomVisit[];
}

/**
 * What {@link SessionRecord} is made from, before validation: the arguments
 * of {@link validateSession} in one object.
 *
 * @example
 * ```ts
 * import type { SessionRecordInput } from "collegiate/agreement";
 *
 * const input: SessionRecordInput = {
 *   session: { start: "2026-09-01", end: "2027-07-16" },
 *   staff: [{ id: "t-chan" }],
 *   visits: [],
 * };
 * ```
 */
export interface SessionRecordInput {
  /** The session, with its summary report. */
  readonly session: SessionInput;
  /** The teachers each of whom takes part as observer and as observed. */
  readonly staff: readonly { readonly id: string; readonly name?: string }[];
  /** The session's classroom visits. */
  readonly visits: readonly ClassroomVisitInput[];
}

/**
 * For each {@link RuleSubject}: the validated value a rule checks, and the
 * input it is validated from.
 *
 * @example
 * ```ts
 * import type { RuleSubjects } from "collegiate/agreement";
 *
 * type Plan = RuleSubjects["plan"]["value"];
 * ```
 */
export interface RuleSubjects {
  /** One classroom visit. */
  readonly visit: { readonly value: ClassroomVisit; readonly input: ClassroomVisitInput };
  /** A session: its visits and teachers. */
  readonly session: { readonly value: SessionRecord; readonly input: SessionRecordInput };
  /** A learning community. */
  readonly community: { readonly value: LearningCommunity; readonly input: LearningCommunityInput };
  /** A joint-school sharing activity's plan. */
  readonly plan: { readonly value: SharingActivityPlan; readonly input: SharingActivityPlanInput };
}

/**
 * The facts a validation judges by, beside the record itself.
 *
 * - `asOf`: the day the record is judged on. Rules about things that become
 *   due (a dialogue after the lesson, a summary report, the next meeting of a
 *   learning community) report them overdue only when `asOf` is given; without
 *   it they judge only what is recorded.
 * - `calendar`: the school's calendar, for counts in school days; a Monday to
 *   Friday calendar without closures when absent.
 * - `session`: the session a visit belongs to (A0); when absent, the span of
 *   the calendar's terms, if it has any.
 * - `locale`: the language of the diagnostics: `en` (the default),
 *   `zhHant` from `collegiate/locales/zh-Hant`, or your own locale; a value
 *   that is not a locale is reported as a diagnostic at `["context", "locale"]`
 *   (by a rule's own `check`, as an `InvalidInputError`).
 *
 * @example
 * ```ts
 * import type { ValidationContext } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const context: ValidationContext = { asOf: plainDate("2027-03-22"), locale: zhHant };
 * ```
 */
export interface ValidationContext {
  /** The day the record is judged on. */
  readonly asOf?: PlainDate;
  /** The school's calendar. */
  readonly calendar?: SchoolCalendar;
  /** The session a visit belongs to. */
  readonly session?: Session;
  /** The language of the diagnostics: `en` (the default), `zhHant`, or your own locale. */
  readonly locale?: Locale;
}

/**
 * What {@link AgreementRule.check} accepts: a {@link ValidationContext}, the
 * severity to report at (the rule's default when absent) and settings that
 * override the defaults.
 *
 * @example
 * ```ts
 * import type { RuleCheckContext } from "collegiate/agreement";
 *
 * const context: RuleCheckContext = { severity: "warning", options: { dialogueWithinSchoolDays: 3 } };
 * ```
 */
export interface RuleCheckContext extends ValidationContext {
  /** The severity of the findings; the rule's default severity when absent. */
  readonly severity?: Severity;
  /** Settings overriding {@link defaultAgreementOptions}. */
  readonly options?: Partial<AgreementOptions>;
}

/**
 * An example input of a rule, for the rule reference and its tests: the input,
 * and the day it is judged on and the session when they matter.
 *
 * @example
 * ```ts
 * import { focusAgreedBeforeVisit, type RuleExample } from "collegiate/agreement";
 *
 * const example: RuleExample<"visit"> = focusAgreedBeforeVisit.examples.failing;
 * ```
 */
export interface RuleExample<S extends RuleSubject> {
  /** The input, as a school tool would send it. */
  readonly input: RuleSubjects[S]["input"];
  /** The day it is judged on, as `YYYY-MM-DD`. */
  readonly asOf?: string;
  /** The session a visit belongs to, as `YYYY-MM-DD` days. */
  readonly session?: { readonly start: string; readonly end: string };
}

/**
 * A rule of an agreement: an id, a default severity, the clause it enforces, a
 * description, examples, and a `check` that returns the rule's findings for
 * one validated value. Rules are plain frozen objects; run one on its own
 * (`rule.check(visit)`), or a set of them through a policy.
 *
 * @typeParam S - What the rule looks at.
 * @typeParam Id - The rule's id.
 *
 * @example
 * ```ts
 * import { focusAgreedBeforeVisit } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const findings = focusAgreedBeforeVisit.check({
 *   observedTeacher: { id: "t-chan" },
 *   visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
 *   visitDay: plainDate("2027-03-18"),
 * });
 * findings[0]?.source; // { document: "lnct-agreement", clause: "A3" }
 * ```
 */
export interface AgreementRule<S extends RuleSubject = RuleSubject, Id extends string = string> {
  /** Stable id, such as `lnct/focus-agreed-before-visit`; the prefix names the source document. */
  readonly id: Id;
  /** What the rule looks at. */
  readonly subject: S;
  /** The severity of its findings unless a policy says otherwise. */
  readonly defaultSeverity: Severity;
  /** The clause it enforces. */
  readonly source: SourceRef;
  /** What it checks, for people. */
  readonly description: string;
  /** An input that passes and one that fails. */
  readonly examples: { readonly passing: RuleExample<S>; readonly failing: RuleExample<S> };
  /**
   * The rule's findings for one validated value.
   *
   * @param value - A value that passed its schema (a visit, a session record, a community, a plan).
   * @param context - The day judged on, the calendar, the session, the severity and settings.
   * @returns Every finding; empty when the value respects the rule.
   * @throws `InvalidInputError` when `context.locale` is given and is not a locale.
   */
  readonly check: (value: RuleSubjects[S]["value"], context?: RuleCheckContext) => Diagnostic[];
}

/**
 * Any rule, whatever it looks at.
 *
 * @example
 * ```ts
 * import { agreementRules, type AnyAgreementRule } from "collegiate/agreement";
 *
 * const first: AnyAgreementRule | undefined = agreementRules[0];
 * ```
 */
export type AnyAgreementRule = { [S in RuleSubject]: AgreementRule<S> }[RuleSubject];

/** How a rule looks at a value: it reports what it finds to `findings`. @internal */
export type Inspector<S extends RuleSubject> = (
  value: RuleSubjects[S]["value"],
  inspection: Inspection,
  findings: Findings,
) => void;

const inspectors = new WeakMap<object, Inspector<RuleSubject>>();

/** The inspector behind a rule, for the policy runner. @internal */
export function inspectorOf<S extends RuleSubject>(rule: AgreementRule<S>): Inspector<S> {
  const inspector = inspectors.get(rule);
  if (inspector === undefined) throw new TypeError(`Not a rule of collegiate/agreement: ${String(rule.id)}`);
  return inspector as Inspector<S>;
}

/** Whether findings about a value must report missing records: not for a peer visit (A7). @internal */
export function recordDemanded(subject: RuleSubject, value: unknown): boolean {
  return subject !== "visit" || !isPeerVisit(value as ClassroomVisit);
}

/** Builds a rule object from its definition and an inspector. @internal */
export function defineRule<const Id extends string, S extends RuleSubject>(
  definition: Omit<AgreementRule<S, Id>, "check"> & { readonly inspect: Inspector<S> },
): AgreementRule<S, Id> {
  const { inspect, ...meta } = definition;
  const rule: AgreementRule<S, Id> = Object.freeze({
    ...meta,
    check(value: RuleSubjects[S]["value"], context: RuleCheckContext = {}): Diagnostic[] {
      const findings = new Findings(optionsLocale(context));
      findings.start(rule, context.severity ?? rule.defaultSeverity, [], recordDemanded(rule.subject, value));
      inspect(value, inspectionOf(context, context.options), findings);
      return findings.diagnostics;
    },
  });
  inspectors.set(rule, inspect as Inspector<RuleSubject>);
  return rule;
}

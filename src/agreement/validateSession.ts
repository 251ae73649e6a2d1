import { z } from "zod";
import type { PlainDate } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseInput } from "../diagnostics/parseInput.js";
import type { Result } from "../diagnostics/result.js";
import type { Locale } from "../text/locale.js";
import { ClassroomVisitSchema, type ClassroomVisit, type StaffRef } from "./classroomVisit.js";
import { Findings, type PathKey } from "./findings.js";
import { agreementTemplates, agreementText } from "./message.js";
import { nameOf } from "./wording.js";
import { inspectionOf } from "./inspection.js";
import { classroomVisitPolicy } from "./policies/classroomVisitPolicy.js";
import { entriesOf, type Policy } from "./policy.js";
import type { SessionRecord, SessionRecordInput } from "./rule.js";
import { prepareValidation, resultOf, runRules } from "./runRules.js";
import { SessionSchema, StaffRosterSchema, type Session, type StaffRoster } from "./session.js";

/**
 * What {@link validateSession} needs beside the visits.
 *
 * @example
 * ```ts
 * import type { ValidateSessionOptions } from "collegiate/agreement";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: ValidateSessionOptions = {
 *   session: { name: "2026/27", start: "2026-09-01", end: "2027-07-16" },
 *   staff: [{ id: "t-chan", name: "Ms Chan" }, { id: "t-wong", name: "Mr Wong" }],
 *   locale: zhHant,
 * };
 * ```
 */
export interface ValidateSessionOptions {
  /** The session, with its summary report (A8); validated like the visits. */
  readonly session: SessionRecordInput["session"];
  /** The teachers each of whom takes part as observer and as observed (H2); validated like the visits. */
  readonly staff: SessionRecordInput["staff"];
  /** The school's calendar, for counts in school days. */
  readonly calendar?: SchoolCalendar;
  /** The rules to apply; {@link classroomVisitPolicy} by default. */
  readonly policy?: Policy;
  /** The day the session is judged on: a summary report due before it is overdue. */
  readonly asOf?: PlainDate;
  /** The language of the diagnostics: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own; a value that is not a locale is reported at `["context", "locale"]`. */
  readonly locale?: Locale;
}

const VisitListSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown());

/**
 * Warnings for the teachers of a visit counted in the session (its day falls
 * within it) who are not on the staff roster: the observed teacher, and each
 * visitor who is a teacher of the school (`role: "teacher"`) and not senior
 * promoted. Managers, colleagues of other schools, support staff and pupils
 * may visit without being on the roster. The cross-visit counts only count
 * the roster, so such a teacher would otherwise go unnoticed (often a
 * mistyped id).
 */
function unlistedTeachers(visit: ClassroomVisit, index: number, session: Session, staff: StaffRoster, locale: Locale): Diagnostic[] {
  const day = visit.visitDay;
  if (day === undefined || day < session.start || day > session.end) return [];
  const listed = new Set(staff.map((member) => member.id));
  const people: [StaffRef, PathKey[]][] = [
    [visit.observedTeacher, ["observedTeacher", "id"]],
    ...visit.visitors.flatMap((visitor, position): [StaffRef, PathKey[]][] =>
      visitor.role === "teacher" && !visitor.seniorPromoted ? [[visitor, ["visitors", position, "id"]]] : [],
    ),
  ];
  return people
    .filter(([person]) => !listed.has(person.id))
    .map(([person, path]) => ({
      ruleId: "unknown-teacher",
      severity: "warning",
      ...agreementText(locale, "teacher-not-on-staff", { person: nameOf(person), visit: visit.id ?? `#${index + 1} (${day})`, id: person.id }),
      path: ["visits", index, ...path],
    }));
}

/**
 * Validates a whole session's visits: each visit's shape and visit rules
 * (paths start `["visits", index]`), the session and the staff roster
 * (paths start `["session"]` and `["staff"]`), then the cross-visit rules:
 * each teacher at least twice as observer and as observed (H2), a summary
 * report produced or due (A8). A0 is judged on each school-improvement visit
 * against this session. A teacher of a visit within the session who is not on
 * the staff roster (the observed teacher, or a visitor with `role: "teacher"`
 * who is not senior promoted) gets an `unknown-teacher` warning (path to the
 * id in the visit), since the counts leave them out. The cross-visit rules run once every visit is valid,
 * so that a count is never made on a partial list. Never throws on bad input.
 *
 * @param visits - The session's visits; anything, typically parsed JSON.
 * @param options - The session, its teachers, the calendar, the policy, the day judged on, the language.
 * @returns `{ ok, value: { session, staff, visits }, diagnostics }`.
 *
 * @example
 * ```ts
 * import { validateSession } from "collegiate/agreement";
 *
 * const peer = (id: string) => ({ id, role: "teacher", seniorPromoted: false });
 * const result = validateSession(
 *   [
 *     { observedTeacher: { id: "t-chan" }, visitors: [peer("t-wong")], visitDay: "2026-10-13" },
 *     { observedTeacher: { id: "t-wong" }, visitors: [peer("t-chan")], visitDay: "2026-11-10" },
 *   ],
 *   {
 *     session: { name: "2026/27", start: "2026-09-01", end: "2027-07-16", summaryReport: { dueOn: "2027-06-25" } },
 *     staff: [{ id: "t-chan", name: "Ms Chan" }, { id: "t-wong", name: "Mr Wong" }],
 *   },
 * );
 * result.diagnostics.map((d) => d.message)[0];
 * // "Ms Chan takes part 1 time(s) as observer and 1 time(s) as observed in the session 2026/27; the routine asks for at least 2 of each."
 * ```
 */
export function validateSession(visits: unknown, options: ValidateSessionOptions): Result<SessionRecord> {
  const { policy = classroomVisitPolicy, calendar, asOf, locale } = (typeof options === "object" && options !== null ? options : {}) as Partial<ValidateSessionOptions>;
  const prepared = prepareValidation(policy, {
    ...(calendar === undefined ? {} : { calendar }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(locale === undefined ? {} : { locale }),
  });
  if ("diagnostics" in prepared) return { ok: false, diagnostics: prepared.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const session = parseInput(SessionSchema, options?.session, prepared.locale, agreementTemplates, ["session"]);
  if (!session.success) diagnostics.push(...session.diagnostics);
  const staff = parseInput(StaffRosterSchema, options?.staff, prepared.locale, agreementTemplates, ["staff"]);
  if (!staff.success) diagnostics.push(...staff.diagnostics);
  const list = parseInput(VisitListSchema, visits, prepared.locale, agreementTemplates, ["visits"]);
  if (!list.success) {
    diagnostics.push(...list.diagnostics);
    return { ok: false, diagnostics };
  }
  const inspection = session.success ? inspectionOf({ ...prepared.inspection, session: session.data }, prepared.policy.options) : prepared.inspection;
  const findings = new Findings(prepared.locale);
  const visitRules = entriesOf(prepared.policy, "visit");
  const parsedVisits: ClassroomVisit[] = [];
  list.data.forEach((input, index) => {
    const parsed = parseInput(ClassroomVisitSchema, input, prepared.locale, agreementTemplates, ["visits", index]);
    if (!parsed.success) {
      findings.diagnostics.push(...parsed.diagnostics);
      return;
    }
    parsedVisits.push(parsed.data);
    runRules("visit", visitRules, parsed.data, inspection, findings, ["visits", index]);
    if (session.success && staff.success) findings.diagnostics.push(...unlistedTeachers(parsed.data, index, session.data, staff.data, prepared.locale));
  });
  diagnostics.push(...findings.diagnostics);
  if (!session.success || !staff.success || parsedVisits.length !== list.data.length) return { ok: false, diagnostics };
  const record: SessionRecord = { session: session.data, staff: staff.data, visits: parsedVisits };
  const sessionFindings = new Findings(prepared.locale);
  runRules("session", entriesOf(prepared.policy, "session"), record, inspection, sessionFindings);
  diagnostics.push(...sessionFindings.diagnostics);
  return resultOf(record, diagnostics);
}

/**
 * The resolved facts a rule judges by. Internal module.
 */
import type { PlainDate } from "../calendar/plainDate.js";
import { defineSchoolCalendar, type SchoolCalendar } from "../calendar/schoolCalendar.js";
import { defaultAgreementOptions, type AgreementOptions } from "./agreementOptions.js";
import type { Session } from "./session.js";

/** Everything a rule judges by, beside the record. */
export interface Inspection {
  readonly options: AgreementOptions;
  readonly asOf: PlainDate | undefined;
  readonly calendar: SchoolCalendar;
  /** The session a visit belongs to, when known. */
  readonly session: Session | undefined;
}

/** Monday to Friday, no closures: the calendar when none is given (frozen, so shared safely). */
const weekdays = /* @__PURE__ */ defineSchoolCalendar({ name: "Monday to Friday" });

/** Monday to Friday, no closures: the calendar when none is given. */
export function weekdayCalendar(): SchoolCalendar {
  return weekdays;
}

/** The span of a calendar's terms, as a session, when it has terms. */
export function sessionOfCalendar(calendar: SchoolCalendar): Session | undefined {
  if (calendar.terms.length === 0) return undefined;
  let start = calendar.terms[0]?.start as PlainDate;
  let end = calendar.terms[0]?.end as PlainDate;
  for (const term of calendar.terms) {
    if (term.start < start) start = term.start;
    if (term.end > end) end = term.end;
  }
  return { start, end };
}

/** Resolves a context: the default calendar, the session from the calendar, the settings over the defaults. */
export function inspectionOf(
  context: { readonly asOf?: PlainDate | undefined; readonly calendar?: SchoolCalendar | undefined; readonly session?: Session | undefined },
  options: Partial<AgreementOptions> | undefined,
): Inspection {
  const calendar = context.calendar ?? weekdayCalendar();
  return {
    options: options === undefined ? defaultAgreementOptions : { ...defaultAgreementOptions, ...options },
    asOf: context.asOf,
    calendar,
    session: context.session ?? sessionOfCalendar(calendar),
  };
}

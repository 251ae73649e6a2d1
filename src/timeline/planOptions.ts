/**
 * The options every scheduler shares: the calendar, the day statuses are
 * judged on, and who the plan is for. Internal module.
 */
import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { diagnosticsFromZod } from "../diagnostics/fromZod.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";

/** Schema of a school calendar argument: checked in full by the calendar module on first use. */
export const CalendarArgumentSchema = z.custom<SchoolCalendar>(
  (value) => typeof value === "object" && value !== null && Array.isArray((value as { closures?: unknown }).closures),
  { error: "Expected a school calendar from defineSchoolCalendar or parseSchoolCalendar." },
);

export const planFields = {
  /** The school's calendar: stages land on its school days. */
  calendar: CalendarArgumentSchema,
  /** The day to judge each stage's `status` on; no statuses when omitted. */
  asOf: PlainDateSchema.optional(),
  /** The plan's id; the template id and the anchor day when omitted. */
  planId: z.string().trim().min(1).max(200).optional(),
  /** The school the plan belongs to, for {@link findClashes}. */
  school: z.string().trim().min(1).optional(),
  /** Who the plan needs (staff ids, names or roles), for {@link findClashes}; the whole staff when omitted. */
  people: z.array(z.string().trim().min(1)).optional(),
};

/** Parses function options; throws an {@link InvalidInputError} naming every problem. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(options);
  if (!parsed.success) throw new InvalidInputError(what, diagnosticsFromZod(parsed.error.issues));
  return parsed.data;
}

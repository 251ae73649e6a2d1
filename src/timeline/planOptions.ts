/**
 * The options every scheduler shares: the calendar, the day statuses are
 * judged on, and who the plan is for. Internal module.
 */
import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { checkedCalendar } from "../calendar/checkedCalendar.js";
import { calendarMessage } from "../calendar/message.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput, type Parsed } from "../diagnostics/parseInput.js";
import { en, LocaleSchema, type Locale } from "../text/locale.js";
import { timelineMessage, timelineTemplates } from "./message.js";
import type { TimelineMessageId } from "./messages.js";

/** Schema of a school calendar argument: checked in full by {@link parseOptions}, or by the calendar module on first use. */
export const CalendarArgumentSchema = z.custom<SchoolCalendar>(
  (value) => typeof value === "object" && value !== null && Array.isArray((value as { closures?: unknown }).closures),
  { error: () => "timeline/calendar-argument" },
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
  /** The language of the timeline's titles and diagnostics: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. */
  locale: LocaleSchema.optional(),
};

/**
 * Parses function options, messages in `locale`; throws an
 * {@link InvalidInputError} naming every problem. A `calendar` read back from
 * JSON (not made by `defineSchoolCalendar`) is checked here, on each call,
 * with the error the calendar module would throw on first use, in `locale`,
 * and the options returned hold a frozen copy of it, so that the call works
 * on one calendar throughout, whatever its owner does with the original.
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, what: TimelineMessageId, locale: Locale): z.output<S> {
  const parsed = parseInput(schema, options, locale, timelineTemplates);
  if (!parsed.success) throw new InvalidInputError(timelineMessage(locale, what), parsed.diagnostics, locale);
  const calendar = (parsed.data as { calendar?: unknown }).calendar;
  if (calendar === undefined) return parsed.data;
  const checked = checkedCalendar(calendar, locale);
  if (!checked.ok) throw new InvalidInputError(calendarMessage(locale, "what.school-calendar"), checked.diagnostics, locale);
  return { ...(parsed.data as object), calendar: checked.value } as z.output<S>;
}

const ParseOptionsSchema = z.object({ locale: LocaleSchema.optional() }).optional();

/**
 * The locale the options of a `parse…` function ask for (English by
 * default), or the diagnostics saying why they are wrong: a wrong `locale`
 * is reported at `locale`, in English (the language asked for is the wrong
 * value), as every other wrong value is, never thrown.
 */
export function parseLocale(options: unknown): Parsed<Locale> {
  const parsed = parseInput(ParseOptionsSchema, options, en, timelineTemplates);
  return parsed.success ? { success: true, data: parsed.data?.locale ?? en } : parsed;
}

/**
 * The options of the calendar's functions, checked: a wrong `locale` is
 * reported as every other wrong value is, with a diagnostic at `locale`
 * (in English, since the language asked for is the wrong value). Internal
 * module.
 */
import { z } from "zod";
import { parseInput, type Parsed } from "../diagnostics/parseInput.js";
import { en, LocaleSchema, type CollegiateLocale } from "../text/locale.js";
import { calendarTemplates } from "./message.js";

const CalendarOptionsSchema = z.object({ locale: LocaleSchema.optional() }).optional();

/** The locale `options` ask for (English by default), or the diagnostics saying why they are wrong. */
export function calendarLocale(options: unknown): Parsed<CollegiateLocale> {
  const parsed = parseInput(CalendarOptionsSchema, options, en, calendarTemplates);
  return parsed.success ? { success: true, data: parsed.data?.locale ?? en } : parsed;
}

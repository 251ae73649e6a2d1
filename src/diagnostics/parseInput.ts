/**
 * Parsing untrusted input in a language. Internal module.
 *
 * The library's schemas give their messages as codes; this writes every
 * message (the library's and zod's) in the locale of the call, from the
 * issues, so no state outside the call says which language a parse is in,
 * and zod's global configuration is never touched.
 */
import type { z } from "zod";
import type { CollegiateLocale } from "../text/locale.js";
import type { TemplateLookup } from "../text/templates.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnosticsFromZod } from "./fromZod.js";

/** What {@link parseInput} returns: the parsed value, or the diagnostics. */
export type Parsed<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly diagnostics: Diagnostic[] };

/**
 * Parses `input` with `schema`; problems become diagnostics in `locale`
 * (the library's codes from `templates`), with `basePath` before their paths.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: CollegiateLocale,
  templates: TemplateLookup,
  basePath: readonly (string | number)[] = [],
): Parsed<z.output<S>> {
  // The input of each issue is kept (and dropped again by diagnosticsFromZod) for the values of messages.
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, diagnostics: diagnosticsFromZod(parsed.error.issues, locale, templates, basePath) };
}

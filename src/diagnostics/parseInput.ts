/**
 * Parsing untrusted input in a language. Internal module.
 *
 * Zod ranks a message set on a schema (`.min(1, "…")`) above a message map
 * given to one parse, so a schema's own sentences cannot be chosen per parse
 * from outside. Instead, the library's schemas write their sentences through
 * {@link schemaLocale}, which is the locale of the {@link parseInput} call
 * running (English otherwise, as for anyone using the schemas directly), and
 * zod's own messages come from zod's locale for that language, given to that
 * one parse. Zod's global configuration is never touched: the application's
 * own zod keeps its settings.
 */
import { z } from "zod";
import type { Locale } from "../text/locale.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnosticsFromZod } from "./fromZod.js";

let current: Locale = "en";

/**
 * The locale the library's schema messages are written in: the locale of the
 * {@link parseInput} call running, or English.
 */
export function schemaLocale(): Locale {
  return current;
}

/** Zod's own messages by locale; English is zod's default, so it needs none. */
const zodLocales: { readonly [L in Exclude<Locale, "en">]: () => { localeError: z.core.$ZodErrorMap } } = {
  // zod's Traditional Chinese locale is tagged zh-TW; its wording is the one zod ships.
  "zh-Hant": () => z.locales.zhTW(),
};

const zodContexts = new Map<Locale, z.core.ParseContext<z.core.$ZodIssue>>();

function zodContext(locale: Exclude<Locale, "en">): z.core.ParseContext<z.core.$ZodIssue> {
  let context = zodContexts.get(locale);
  if (context === undefined) {
    context = { error: zodLocales[locale]().localeError };
    zodContexts.set(locale, context);
  }
  return context;
}

/** What {@link parseInput} returns: the parsed value, or the diagnostics. */
export type Parsed<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly diagnostics: Diagnostic[] };

/**
 * Parses `input` with `schema`, every message (the library's and zod's) in
 * `locale`; problems become diagnostics with `basePath` before their paths.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  basePath: readonly (string | number)[] = [],
): Parsed<z.output<S>> {
  const previous = current;
  current = locale;
  try {
    let parsed = schema.safeParse(input);
    // Zod parses markedly slower with a context, so a valid input is parsed
    // without one; an invalid input is parsed again, with zod's messages in
    // `locale` (parsing is pure, so the second parse finds the same problems).
    if (!parsed.success && locale !== "en") parsed = schema.safeParse(input, zodContext(locale));
    // Zod writes the messages when `error` is first read: inside, while `current` holds.
    return parsed.success ? { success: true, data: parsed.data } : { success: false, diagnostics: diagnosticsFromZod(parsed.error.issues, basePath) };
  } finally {
    current = previous;
  }
}

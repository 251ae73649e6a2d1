import { z } from "zod";
import { en, type CollegiateLocale } from "../text/locale.js";
import { diagnosticTemplates } from "./message.js";
import { InvalidInputError } from "./InvalidInputError.js";
import { parseInput } from "./parseInput.js";

/** Schema of what {@link defineLocale} takes. */
const LocaleInputSchema = z.strictObject({
  code: z.string().min(1),
  messages: z.record(z.string().regex(/^[^/\s]+\/\S+$/), z.string()),
  zod: z.object({ localeError: z.custom<z.core.$ZodErrorMap>((value) => typeof value === "function") }).optional(),
  dateFns: z.looseObject({ code: z.string() }).optional(),
});

/**
 * Makes a language of your own (or your school's wording of one) for every
 * function that writes text: checks its shape and returns a frozen copy. A
 * locale holds templates by message code, `<capability>/<key>`
 * (`calendar/term.name-required`, `timeline/activity-day-closed`, …: every
 * diagnostic carries its `code`, and `Object.keys(zhHant.messages)` lists them
 * all; the guide "Languages" describes them); every code it leaves out is
 * written in English. Give it
 * zod's locale of the same language for zod's own messages, and a date-fns
 * locale for the names of months and weekdays.
 *
 * @param input - The locale's BCP 47 `code`, its `messages`, and optionally `zod` and `dateFns`.
 * @returns The locale, frozen, to pass as `{ locale }`.
 * @throws {@link InvalidInputError} with a diagnostic per problem.
 *
 * @example
 * ```ts
 * import { defineLocale, formatDiagnostics } from "collegiate";
 *
 * const pirate = defineLocale({ code: "en-x-pirate", messages: { "diagnostics/none": "All shipshape." } });
 * formatDiagnostics([], { locale: pirate }); // "All shipshape."
 * ```
 */
export function defineLocale(input: {
  readonly code: string;
  readonly messages: Readonly<Record<string, string>>;
  readonly zod?: CollegiateLocale["zod"];
  readonly dateFns?: CollegiateLocale["dateFns"];
}): CollegiateLocale {
  const parsed = parseInput(LocaleInputSchema, input, en, diagnosticTemplates);
  if (!parsed.success) throw new InvalidInputError("locale", parsed.diagnostics);
  const { code, messages, zod, dateFns } = parsed.data;
  const copy: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, template] of Object.entries(messages)) copy[key] = template;
  return Object.freeze({
    code,
    messages: Object.freeze(copy),
    ...(zod === undefined ? {} : { zod: Object.freeze({ localeError: zod.localeError }) }),
    ...(dateFns === undefined ? {} : { dateFns: input.dateFns as NonNullable<CollegiateLocale["dateFns"]> }),
  });
}

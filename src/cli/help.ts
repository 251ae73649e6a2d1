/**
 * The help of the program and of each command. Internal module.
 */
import { builtinPolicies } from "../agreement/builtinPolicies.js";
import { jsonSchemaNames } from "../schemas/toJSONSchema.js";
import type { CommandName } from "./arguments.js";
import { builtinSurveys, builtinTemplates } from "./inputs.js";
import { en, type Locale } from "../text/locale.js";
import { localeTags } from "./locales.js";
import { say, sayList } from "./message.js";

/** The help of `topic`, or of the program when there is none. */
export function helpText(topic: CommandName | undefined, locale: Locale = en): string {
  const params = {
    locales: sayList(localeTags, locale),
    kinds: sayList(jsonSchemaNames, locale),
    policies: sayList(Object.keys(builtinPolicies), locale),
    templates: sayList(Object.keys(builtinTemplates), locale),
    surveys: sayList(Object.keys(builtinSurveys), locale),
  };
  return say(topic === undefined ? "help.program" : `help.${topic}`, params, locale);
}

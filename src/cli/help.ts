/**
 * The help of the program and of each command. Internal module.
 */
import { builtinPolicies } from "../agreement/builtinPolicies.js";
import { jsonSchemaNames } from "../schemas/toJSONSchema.js";
import type { CommandName } from "./arguments.js";
import { builtinSurveys, builtinTemplates } from "./inputs.js";
import { cliLocales, say, type CliLocale } from "./messages.js";

/** The help of `topic`, or of the program when there is none. */
export function helpText(topic: CommandName | undefined, locale: CliLocale = "en"): string {
  const params = {
    locales: cliLocales.join(", "),
    kinds: jsonSchemaNames.join(", "),
    policies: Object.keys(builtinPolicies).join(", "),
    templates: Object.keys(builtinTemplates).join(", "),
    surveys: Object.keys(builtinSurveys).join(", "),
  };
  return say(topic === undefined ? "help.program" : `help.${topic}`, params, locale);
}

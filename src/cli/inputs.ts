/**
 * Reading the command line's inputs: JSON files or standard input, days,
 * and built-in or file-defined policies, templates, surveys and calendars.
 * Each input that cannot be used throws an {@link UnusableInput} naming the
 * file (or option) and the path inside it. Internal module.
 */
import { builtinPolicies, type BuiltinPolicyName } from "../agreement/builtinPolicies.js";
import { parsePolicy } from "../agreement/definePolicy.js";
import type { Policy } from "../agreement/policy.js";
import { parsePlainDate, type PlainDate } from "../calendar/plainDate.js";
import { parseSchoolCalendar, type SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Result } from "../diagnostics/result.js";
import { jointSchoolEvaluationSurvey } from "../feedback/jointSchoolEvaluationSurvey.js";
import { localizeSurvey } from "../feedback/localizeSurvey.js";
import { parseSurvey, type Survey } from "../feedback/survey.js";
import { wowsAndWondersSurvey } from "../feedback/wowsAndWondersSurvey.js";
import { jointSchoolSharing } from "../timeline/jointSchoolSharing.js";
import { learningCommunityYear } from "../timeline/learningCommunityYear.js";
import { peerCoachingProgramme } from "../timeline/peerCoachingProgramme.js";
import { parsePlanTemplate, type PlanTemplate } from "../timeline/planTemplate.js";
import { sharingLearningSession } from "../timeline/sharingLearningSession.js";
import type { Locale, LocaleOptions } from "../text/locale.js";
import { parseJsonDocument, type JsonDocument } from "./documents.js";
import type { CliHost } from "./host.js";
import { say, sayList } from "./message.js";
import { UnusableInput } from "./unusable.js";

/** The built-in plan templates, by id. */
export const builtinTemplates: Readonly<Record<string, PlanTemplate>> = Object.fromEntries(
  [jointSchoolSharing, peerCoachingProgramme, learningCommunityYear, sharingLearningSession].map((template) => [template.id, template]),
);

/** The built-in surveys, by id. */
export const builtinSurveys: Readonly<Record<string, Survey>> = Object.fromEntries(
  [jointSchoolEvaluationSurvey, wowsAndWondersSurvey].map((survey) => [survey.id, survey]),
);

/** The name standard input goes by in messages and reports. */
export function standardInput(locale: Locale): string {
  return say("unusable.stdin", {}, locale);
}

/** The text of a file, or an {@link UnusableInput} naming it: missing, or unreadable with the system's code. */
function readText(host: CliHost, file: string, locale: Locale): string {
  try {
    return host.readText(file);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === "ENOENT") throw UnusableInput.of(file, say("unusable.no-file", {}, locale));
    throw UnusableInput.of(file, say("unusable.not-readable", { reason: code ?? message ?? String(error) }, locale));
  }
}

/** Reads and parses a JSON file, or standard input for `-`. */
export async function readDocument(host: CliHost, file: string, locale: Locale): Promise<JsonDocument> {
  if (file === "-") return parseJsonDocument(standardInput(locale), await host.readStdin(), locale);
  return parseJsonDocument(file, readText(host, file, locale), locale);
}

/** A day given with an option such as `--as-of`. */
export function readDay(option: string, text: string, locale: Locale): PlainDate {
  const result = parsePlainDate(text, { locale });
  if (!result.ok) throw UnusableInput.of(option, say("unusable.day", { reason: result.diagnostics.map((d) => d.message).join(" ") }, locale));
  return result.value;
}

/** Whether an option's value names a file rather than something built in: `-`, a path, or a `.json` name. */
function looksLikeFile(text: string): boolean {
  return text === "-" || text.endsWith(".json") || /[/\\]/.test(text);
}

/** The value of a document that must be valid, or an {@link UnusableInput} listing its problems with their paths. */
function valid<T>(document: JsonDocument, parse: (input: unknown, options: LocaleOptions) => Result<T>, locale: Locale): T {
  const result = parse(document.value, { locale });
  if (!result.ok) throw UnusableInput.fromDiagnostics(document.file, result.diagnostics);
  return result.value;
}

/** A school calendar from a file, or standard input for `-`. */
export async function readCalendar(host: CliHost, file: string, locale: Locale): Promise<SchoolCalendar> {
  return valid(await readDocument(host, file, locale), parseSchoolCalendar, locale);
}

/** A built-in policy by name, or a policy file. */
export async function readPolicy(host: CliHost, nameOrFile: string, locale: Locale): Promise<Policy> {
  if (Object.hasOwn(builtinPolicies, nameOrFile)) return builtinPolicies[nameOrFile as BuiltinPolicyName];
  if (!looksLikeFile(nameOrFile)) {
    throw UnusableInput.of("--policy", say("unusable.policy", { name: nameOrFile, policies: sayList(Object.keys(builtinPolicies), locale) }, locale));
  }
  return valid(await readDocument(host, nameOrFile, locale), parsePolicy, locale);
}

/** A built-in plan template by id (scheduling in a locale translates its texts), or a template file. */
export async function readTemplate(host: CliHost, idOrFile: string, locale: Locale): Promise<PlanTemplate> {
  if (Object.hasOwn(builtinTemplates, idOrFile)) return builtinTemplates[idOrFile] as PlanTemplate;
  if (!looksLikeFile(idOrFile)) {
    throw UnusableInput.of("--template", say("unusable.template", { name: idOrFile, templates: sayList(Object.keys(builtinTemplates), locale) }, locale));
  }
  return valid(await readDocument(host, idOrFile, locale), parsePlanTemplate, locale);
}

/** A built-in survey by id, in its edition for `locale`; or a survey file, as it was written. */
export async function readSurvey(host: CliHost, idOrFile: string, locale: Locale): Promise<Survey> {
  if (Object.hasOwn(builtinSurveys, idOrFile)) return localizeSurvey(builtinSurveys[idOrFile] as Survey, locale);
  if (!looksLikeFile(idOrFile)) {
    throw UnusableInput.of("--survey", say("unusable.survey", { name: idOrFile, surveys: sayList(Object.keys(builtinSurveys), locale) }, locale));
  }
  return valid(await readDocument(host, idOrFile, locale), parseSurvey, locale);
}

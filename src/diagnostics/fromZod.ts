/**
 * Zod issues as diagnostics, every message written from its code. Internal
 * module.
 *
 * The library's schemas give their own messages as message codes (such as
 * `calendar/term.name-required`), with the values of the placeholders in a
 * custom issue's `params.values`; zod's own issues get the code
 * `zod/<issue code>` and the issue's details as parameters. Either way the
 * sentence is written here, in the locale of the call, so nothing global says
 * which language a parse is in.
 */
import { en as zodEnglish } from "zod/v4/locales";
import type { z } from "zod";
import { formatMessage, type MessageParams } from "../text/formatMessage.js";
import { isolatedParams } from "../text/isolate.js";
import type { CollegiateLocale } from "../text/locale.js";
import type { TemplateLookup } from "../text/templates.js";
import type { Diagnostic } from "./diagnostic.js";

/**
 * Parameters a schema in this library attaches to a custom zod issue: a
 * precise rule id (`schema/<ruleId>`), the values of the message's
 * placeholders, and the code of a hint (written with the same values).
 *
 * @internal
 */
export interface SchemaIssueParams {
  readonly ruleId?: string;
  readonly values?: MessageParams;
  readonly hint?: string;
}

/** Keys of a zod issue that are not its details. */
const NOT_DETAILS = new Set(["code", "path", "message", "input", "inst", "continue", "params", "errors", "issues"]);
/** Details zod reads as booleans and as lists, kept in parameters as text. */
const BOOLEAN_DETAILS = new Set(["inclusive", "exact", "abort"]);
const LIST_DETAILS = new Set(["values", "keys"]);

/** What zod calls the type of a value in its messages (`received`). */
function receivedType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "nan" : "number";
  return typeof value;
}

/** A stand-in input of a received type, so zod's messages can be written again from stored parameters. */
function sampleOf(received: unknown): unknown {
  switch (received) {
    case "null":
      return null;
    case "array":
      return [];
    case "nan":
      return Number.NaN;
    case "number":
      return 0;
    case "string":
      return "";
    case "boolean":
      return false;
    case "bigint":
      return 0n;
    case "undefined":
      return undefined;
    case "function":
      return () => undefined;
    case "symbol":
      return Symbol("input");
    default:
      return {};
  }
}

/** A zod issue's details as message parameters (plain text and numbers). */
function zodParams(issue: z.core.$ZodIssue): MessageParams {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue)) {
    if (NOT_DETAILS.has(key)) continue;
    if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) params[key] = value;
    else if (typeof value === "boolean") params[key] = String(value);
    else if (typeof value === "bigint") params[key] = value.toString();
    else if (Array.isArray(value)) params[key] = JSON.stringify(value.map((item) => (typeof item === "bigint" ? item.toString() : item)));
  }
  if (issue.code === "invalid_type") params.received = receivedType((issue as { input?: unknown }).input);
  return params;
}

/** A zod issue again from its code and stored parameters, for zod's locale functions. */
function zodIssueOf(code: string, params: MessageParams): z.core.$ZodRawIssue {
  const issue: Record<string, unknown> = { code, path: [] };
  for (const [key, value] of Object.entries(params)) {
    if (BOOLEAN_DETAILS.has(key)) issue[key] = value === "true";
    else if (LIST_DETAILS.has(key) && typeof value === "string") {
      try {
        issue[key] = JSON.parse(value) as unknown;
      } catch {
        issue[key] = [];
      }
    } else issue[key] = value;
  }
  issue.input = sampleOf(params.received);
  return issue as unknown as z.core.$ZodRawIssue;
}

/**
 * Zod's own message for `code` (a zod issue code) in `locale`: zod's locale
 * of that language, or zod's English.
 *
 * @internal
 */
export function zodMessage(locale: CollegiateLocale, code: string, params: MessageParams): string {
  const issue = zodIssueOf(code, params);
  let written: unknown;
  try {
    written = (locale.zod?.localeError ?? zodEnglish().localeError)(issue);
  } catch {
    written = undefined;
  }
  if (written === undefined && locale.zod !== undefined) written = zodEnglish().localeError(issue);
  const text = typeof written === "string" ? written : (written as { message?: unknown } | undefined)?.message;
  return typeof text === "string" && text.length > 0 ? text : "Invalid input";
}

/**
 * The message of `code` in `locale`: a library code from the locale or the
 * English `templates`; a `zod/…` code from zod's locale; `undefined` for a
 * code neither knows.
 *
 * @internal
 */
export function messageOf(locale: CollegiateLocale, code: string, params: MessageParams, templates: TemplateLookup): string | undefined {
  if (code.startsWith("zod/")) return zodMessage(locale, code.slice(4), params);
  const own = Object.hasOwn(locale.messages, code) ? locale.messages[code] : undefined;
  const template = typeof own === "string" ? own : templates(code);
  return template === undefined ? undefined : formatMessage(template, isolatedParams(params));
}

/**
 * A value as a message shows it: a string quoted, an object or array as
 * (shortened) JSON, anything else by name (`undefined`, `NaN`, `10`), so
 * that every value gives a message.
 */
function shownValue(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value !== "string" && (typeof value !== "object" || value === null)) return String(value);
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return "an object"; // cyclic, or holding a bigint
  }
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

function kebab(code: string): string {
  return code.replace(/_/g, "-");
}

/**
 * Turns zod issues into diagnostics with `schema/...` rule ids, message codes
 * and parameters, and the path into the input, keeping every issue (not only
 * the first); messages in `locale`.
 *
 * @internal
 */
export function diagnosticsFromZod(
  issues: readonly z.core.$ZodIssue[],
  locale: CollegiateLocale,
  templates: TemplateLookup,
  basePath: readonly (string | number)[] = [],
): Diagnostic[] {
  return issues.map((issue) => {
    const custom = (issue.code === "custom" ? issue.params : undefined) as SchemaIssueParams | undefined;
    const path = [...basePath, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    const ruleId = `schema/${custom?.ruleId ?? kebab(issue.code)}`;
    const libraryMessage = templates(issue.message) !== undefined || Object.hasOwn(locale.messages, issue.message);
    if (libraryMessage) {
      // A library message on one of zod's own issues (an enum's `error`) may name the value received as `{input}`.
      const params = custom?.values ?? { ...zodParams(issue), input: shownValue((issue as { input?: unknown }).input) };
      const message = messageOf(locale, issue.message, params, templates) ?? issue.message;
      const hintCode = custom?.hint ?? `${issue.message}.hint`;
      const hint = messageOf(locale, hintCode, params, templates);
      return { ruleId, severity: "error", code: issue.message, params, message, path, ...(hint === undefined ? {} : { hint }) };
    }
    const params = zodParams(issue);
    return { ruleId, severity: "error", code: `zod/${issue.code}`, params, message: zodMessage(locale, issue.code, params), path };
  });
}

import { z } from "zod";
import { builtinPolicies } from "../agreement/builtinPolicies.js";
import { PolicyInputSchema } from "../agreement/definePolicy.js";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { say, type SchemaMessageKey } from "./messages.js";
import { jsonSchemaModels } from "./models.js";

/**
 * The name of a model that has a JSON Schema: `"calendar"`, `"template"`,
 * `"timeline"`, `"visit"`, `"session"`, `"community"`, `"plan"`,
 * `"policy"`, `"survey"`, `"response"`, `"responses"`, `"accumulator"` or
 * `"diagnostic"`. The command line uses the same names for the kinds of its
 * files (`harbour.calendar.json`).
 *
 * @example
 * ```ts
 * import type { JSONSchemaName } from "collegiate/schemas";
 *
 * const name: JSONSchemaName = "visit";
 * ```
 */
export type JSONSchemaName =
  | "calendar"
  | "template"
  | "timeline"
  | "visit"
  | "session"
  | "community"
  | "plan"
  | "policy"
  | "survey"
  | "response"
  | "responses"
  | "accumulator"
  | "diagnostic";

/**
 * A JSON Schema document (draft 2020-12), as plain data.
 *
 * @example
 * ```ts
 * import { toJSONSchema, type JSONSchemaDocument } from "collegiate/schemas";
 *
 * const schema: JSONSchemaDocument = toJSONSchema("plan");
 * schema.title; // "Sharing activity plan"
 * ```
 */
export type JSONSchemaDocument = z.core.JSONSchema.BaseSchema;

/**
 * The names of every model that has a JSON Schema, in the order of the
 * package's `schemas/` folder.
 *
 * @example
 * ```ts
 * import { jsonSchemaNames } from "collegiate/schemas";
 *
 * jsonSchemaNames.includes("calendar"); // true
 * ```
 */
export const jsonSchemaNames: readonly JSONSchemaName[] = Object.freeze(Object.keys(jsonSchemaModels) as JSONSchemaName[]);

const PLAIN_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** Shared definitions, extracted to `$defs` with a title and description. */
function definitions(): z.core.$ZodRegistry<Record<string, unknown>> {
  const registry = z.registry<Record<string, unknown>>();
  registry.add(PlainDateSchema, {
    id: "PlainDate",
    title: say("definition.plain-date.title"),
    description: say("definition.plain-date.description"),
    pattern: PLAIN_DATE_PATTERN,
    format: "date",
  });
  return registry;
}

// A policy's `extends` takes policy objects in code; in a JSON file, the names
// of the built-in policies, one or a list (parsePolicy accepts both).
const policyExtends = PolicyInputSchema.shape.extends.unwrap();
const policyReference = policyExtends.element;
const builtinPolicyName = { type: "string", enum: Object.keys(builtinPolicies) } as const;

/** Whether `schema` is the policy reference or a schema it was made from (a schema with checks is a copy of its parent, which zod converts too). */
function isPolicyReference(schema: z.core.$ZodType): boolean {
  for (let made: z.core.$ZodType | undefined = policyReference; made !== undefined; made = made._zod.parent) {
    if (made === schema) return true;
  }
  return false;
}

/**
 * The JSON Schema (draft 2020-12) of one of the library's input models,
 * generated from its zod schema with zod's own converter, for the documents
 * a program reads: defaults are optional, unknown keys are refused. Calendar
 * days are `{ "$ref": "#/$defs/PlainDate" }`: a `YYYY-MM-DD` pattern with
 * `"format": "date"`.
 *
 * Some checks of the library have no JSON Schema equivalent: real calendar
 * days (2027-02-29 has the right shape), ranges that end before they start,
 * blank text, ids used twice, references to unknown stages or schools, and
 * a template's structure. The schema's `description` lists those of its
 * model; a document valid against the schema can still be refused by the
 * library for those reasons, and for no other.
 *
 * The package ships every schema as a file too:
 * `collegiate/schemas/<name>.json`.
 *
 * @param name - One of {@link jsonSchemaNames}.
 * @returns A fresh JSON Schema document; change it freely.
 *
 * @example
 * ```ts
 * import { toJSONSchema } from "collegiate/schemas";
 *
 * const schema = toJSONSchema("calendar");
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * schema.required; // undefined: every field of a calendar is optional
 * Object.keys(schema.properties ?? {}); // ["name", "weekend", "terms", "closures"]
 * ```
 */
export function toJSONSchema(name: JSONSchemaName): JSONSchemaDocument {
  // Own names only: "constructor" or "toString" are not models.
  const model = typeof name === "string" && Object.hasOwn(jsonSchemaModels, name) ? jsonSchemaModels[name] : undefined;
  if (model === undefined) {
    const shown = typeof name === "object" && name !== null ? "an object" : String(name);
    throw new TypeError(`Unknown JSON Schema "${shown}": expected one of ${jsonSchemaNames.join(", ")}.`);
  }
  const generated = z.toJSONSchema(model.schema, {
    target: "draft-2020-12",
    io: "input",
    metadata: definitions(),
    unrepresentable: (context) => (isPolicyReference(context.zodSchema) ? { ...builtinPolicyName } : "throw"),
    override: (context) => {
      if (context.zodSchema !== policyExtends) return;
      for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
      context.jsonSchema.anyOf = [{ ...builtinPolicyName }, { type: "array", items: { ...builtinPolicyName } }];
    },
  });
  const checks = model.checks.map((check) => say(`check.${check}` as SchemaMessageKey)).join("; ");
  const description = say(`model.${name}.description` as SchemaMessageKey);
  // The converter also attaches a non-enumerable Standard Schema property; the document is the plain JSON.
  const { $schema: _draft, ...rest } = generated as JSONSchemaDocument;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: say(`model.${name}.title` as SchemaMessageKey),
    description: checks === "" ? description : `${description} ${say("checks.intro", { checks })}`,
    ...rest,
  };
}

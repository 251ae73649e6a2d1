/**
 * ajv (draft 2020-12, strict mode) compiling the library's JSON Schemas,
 * once each. Formats are annotations, as draft 2020-12 specifies by default:
 * `"format": "date"` is not asserted. Union types (`"type": ["string", "number"]`)
 * are standard JSON Schema; strict mode only asks that they be allowed.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { jsonSchemaNames, toJSONSchema, type JSONSchemaName } from "../../src/schemas/index.js";

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
const compiled = new Map<JSONSchemaName, ValidateFunction>();

/** The compiled validator of the schema `name`. */
export function ajvValidator(name: JSONSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (validate === undefined) {
    validate = ajv.compile(toJSONSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}

/** Whether ajv accepts `value` as a document of `name`, and its errors when it does not. */
export function ajvVerdict(name: JSONSchemaName, value: unknown): { valid: boolean; errors: string[] } {
  const validate = ajvValidator(name);
  const valid = validate(value);
  return { valid, errors: (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`) };
}

export { jsonSchemaNames };

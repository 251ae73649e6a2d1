/**
 * JSON Schemas of the library's input models, generated from their zod
 * schemas, for teams that keep plans as JSON files, validate them in another
 * language, or want an editor to complete and check them. The package also
 * ships each schema as a file: `collegiate/schemas/<name>.json`.
 *
 * @example
 * ```ts
 * import { jsonSchemaNames, toJSONSchema } from "collegiate/schemas";
 *
 * for (const name of jsonSchemaNames) console.log(name, toJSONSchema(name).title);
 * ```
 *
 * @module schemas
 */
export { jsonSchemaNames, toJSONSchema, type JSONSchemaDocument, type JSONSchemaName } from "./toJSONSchema.js";

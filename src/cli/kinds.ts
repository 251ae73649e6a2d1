/**
 * The kinds of file the command line reads: the names of the JSON Schemas,
 * given by a file's name (`harbour.calendar.json`) or by `--kind`.
 * Internal module.
 */
import { jsonSchemaNames, type JSONSchemaName } from "../schemas/toJSONSchema.js";

/** A kind of file: the name of its JSON Schema. */
export type DocumentKind = JSONSchemaName;

/** Whether `text` names a kind of file. */
export function isDocumentKind(text: string): text is DocumentKind {
  return (jsonSchemaNames as readonly string[]).includes(text);
}

/** The kind a file's name gives, `<name>.<kind>.json`, if it gives one. */
export function kindOfFile(file: string): DocumentKind | undefined {
  const match = /\.([a-z]+)\.json$/i.exec(file);
  const kind = match?.[1]?.toLowerCase();
  return kind !== undefined && isDocumentKind(kind) ? kind : undefined;
}

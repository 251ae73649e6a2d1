/**
 * `collegiate schema`: the JSON Schema of a kind of file, or the list of
 * kinds. The schemas' titles and descriptions are English in every locale
 * (`toJSONSchema` has no locale): they document the format for developers.
 * Internal module.
 */
import { jsonSchemaNames, toJSONSchema } from "../../schemas/toJSONSchema.js";
import { en, type Locale } from "../../text/locale.js";
import { isDocumentKind } from "../kinds.js";
import { say, sayList } from "../message.js";
import { jsonText, lines, type CliOutput } from "../output.js";
import { UnusableInput } from "../unusable.js";

/** Runs `schema`: the schema of `kind`, or every kind with its title when none is given. */
export function schemaCommand(files: readonly string[], locale: Locale = en): CliOutput {
  const [kind, ...more] = files;
  if (more.length > 0) throw UnusableInput.of("schema", say("unusable.one-file", {}, locale));
  if (kind === undefined) {
    const width = Math.max(...jsonSchemaNames.map((name) => name.length));
    const list = jsonSchemaNames.map((name) => say("schema.list-item", { kind: name.padEnd(width), title: say(`kind.${name}`, {}, locale) }, locale));
    return { stdout: lines(list.join("\n")), stderr: "", exitCode: 0 };
  }
  if (!isDocumentKind(kind)) throw UnusableInput.of("schema", say("unusable.kind", { kind, kinds: sayList(jsonSchemaNames, locale) }, locale));
  return { stdout: jsonText(toJSONSchema(kind)), stderr: "", exitCode: 0 };
}

/**
 * `collegiate schema`: the JSON Schema of a kind of file, or the list of
 * kinds. Internal module.
 */
import { schemaMessages } from "../../schemas/messages.js";
import { jsonSchemaNames, toJSONSchema } from "../../schemas/toJSONSchema.js";
import { isDocumentKind } from "../kinds.js";
import { say, type CliLocale } from "../messages.js";
import { jsonText, lines, type CliOutput } from "../output.js";
import { UnusableInput } from "../unusable.js";

/** Runs `schema`: the schema of `kind`, or every kind with its title when none is given. */
export function schemaCommand(files: readonly string[], locale: CliLocale = "en"): CliOutput {
  const [kind, ...more] = files;
  if (more.length > 0) throw UnusableInput.of("schema", say("unusable.one-file"));
  if (kind === undefined) {
    const width = Math.max(...jsonSchemaNames.map((name) => name.length));
    const list = jsonSchemaNames.map((name) => say("schema.list-item", { kind: name.padEnd(width), title: schemaMessages[`model.${name}.title`] }, locale));
    return { stdout: lines(list.join("\n")), stderr: "", exitCode: 0 };
  }
  if (!isDocumentKind(kind)) throw UnusableInput.of("schema", say("unusable.kind", { kind, kinds: jsonSchemaNames.join(", ") }));
  return { stdout: jsonText(toJSONSchema(kind)), stderr: "", exitCode: 0 };
}

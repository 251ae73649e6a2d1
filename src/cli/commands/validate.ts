/**
 * `collegiate validate`: every file checked against the schema of its kind
 * and, for records, against the rules of a policy, with the library's own
 * functions. Internal module.
 */
import { formatDiagnostics } from "../../diagnostics/formatDiagnostics.js";
import { hasErrors, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { schemaMessages } from "../../schemas/messages.js";
import { parseSchoolCalendar } from "../../calendar/schoolCalendar.js";
import { jsonSchemaNames } from "../../schemas/toJSONSchema.js";
import type { OptionValues } from "../arguments.js";
import type { JsonDocument } from "../documents.js";
import type { CliHost } from "../host.js";
import { readCalendar, readDay, readDocument, readPolicy, standardInput } from "../inputs.js";
import { isDocumentKind, kindOfFile, type DocumentKind } from "../kinds.js";
import { say, type CliLocale } from "../messages.js";
import { UnusableInput } from "../unusable.js";
import { exitCodeOf, jsonText, lines, type CliOutput } from "../output.js";
import { validators, type ValidationSettings } from "../validators.js";

/** A JSON document and the kind of record it holds. */
export interface KindedDocument extends JsonDocument {
  /** What the file holds. */
  readonly kind: DocumentKind;
}

/** What `validate` found in one file. */
export interface FileReport {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** The files to check, how to judge them, and how to print the findings. */
export interface ValidateInput {
  readonly documents: readonly KindedDocument[];
  readonly settings: ValidationSettings;
  readonly format: "text" | "markdown" | "json";
  /** The language of the output; the library's own messages follow when it takes a locale. */
  readonly locale?: CliLocale;
}

/** Checks each document with the library's function for its kind. */
export function validateDocuments(documents: readonly KindedDocument[], settings: ValidationSettings): FileReport[] {
  return documents.map(({ file, kind, value }) => {
    const diagnostics = validators[kind](value, settings);
    return { file, kind, ok: !hasErrors(diagnostics), diagnostics };
  });
}

function count(reports: readonly FileReport[], severity: Diagnostic["severity"]): number {
  return reports.reduce((total, report) => total + report.diagnostics.filter((d) => d.severity === severity).length, 0);
}

/** Runs `validate` on documents already read: the findings of each file, then a count. */
export function validateCommand(input: ValidateInput): CliOutput {
  const reports = validateDocuments(input.documents, input.settings);
  const exitCode = exitCodeOf(reports.flatMap((report) => report.diagnostics));
  if (input.format === "json") return { stdout: jsonText({ ok: exitCode === 0, files: reports }), stderr: "", exitCode };
  const format = input.format === "markdown" ? "markdown" : "text";
  const blocks = reports.map((report) =>
    [say("validate.file", { file: report.file, title: schemaMessages[`model.${report.kind}.title`] }, input.locale), formatDiagnostics(report.diagnostics, { format })].join(
      format === "markdown" ? "\n\n" : "\n",
    ),
  );
  const total = say("validate.total", {
    files: reports.length,
    errors: count(reports, "error"),
    warnings: count(reports, "warning"),
    notes: count(reports, "info"),
  }, input.locale);
  return { stdout: lines([...blocks, total].join("\n\n")), stderr: "", exitCode };
}

/** The files named on the command line, with each directory replaced by its files named `<name>.<kind>.json`. */
function expand(host: CliHost, paths: readonly string[]): { file: string; fromDirectory: boolean }[] {
  return paths.flatMap((path): { file: string; fromDirectory: boolean }[] =>
    path !== "-" && host.isDirectory(path)
      ? host.listFiles(path).filter((file) => kindOfFile(file) !== undefined).map((file) => ({ file, fromDirectory: true }))
      : [{ file: path, fromDirectory: false }],
  );
}

/** The calendar records are judged with: `--calendar`, or the one valid calendar among the files. */
async function contextCalendar(host: CliHost, option: string | undefined, documents: readonly KindedDocument[]) {
  if (option !== undefined) return readCalendar(host, option);
  const calendars = documents.filter((document) => document.kind === "calendar");
  if (calendars.length !== 1) return undefined;
  const parsed = parseSchoolCalendar(calendars[0]?.value);
  return parsed.ok ? parsed.value : undefined;
}

/** Reads the files, directories and options `validate` is given. */
export async function readValidateInput(host: CliHost, options: OptionValues<"validate">, paths: readonly string[]): Promise<ValidateInput> {
  if (paths.length === 0) throw UnusableInput.of("validate", say("unusable.no-input"));
  const kinds = jsonSchemaNames.join(", ");
  const given = options.kind;
  if (given !== undefined && !isDocumentKind(given)) throw UnusableInput.of("--kind", say("unusable.kind", { kind: given, kinds }));
  const documents: KindedDocument[] = [];
  for (const { file, fromDirectory } of expand(host, paths)) {
    const kind = (fromDirectory ? undefined : given) ?? kindOfFile(file);
    if (kind === undefined) throw UnusableInput.of(file === "-" ? standardInput : file, say("unusable.unknown-kind", { kinds }));
    documents.push({ ...(await readDocument(host, file)), kind });
  }
  if (documents.length === 0) throw UnusableInput.of(paths.join(", "), say("validate.no-files"));
  const calendar = await contextCalendar(host, options.calendar, documents);
  const policy = options.policy === undefined ? undefined : await readPolicy(host, options.policy);
  const asOf = options["as-of"] === undefined ? undefined : readDay("--as-of", options["as-of"]);
  return {
    documents,
    settings: {
      ...(calendar === undefined ? {} : { calendar }),
      ...(policy === undefined ? {} : { policy }),
      ...(asOf === undefined ? {} : { asOf }),
    },
    format: options.json === true ? "json" : options.markdown === true ? "markdown" : "text",
  };
}

/**
 * `collegiate validate`: every file checked against the schema of its kind
 * and, for records, against the rules of a policy, with the library's own
 * functions. Internal module.
 */
import { formatDiagnostics } from "../../diagnostics/formatDiagnostics.js";
import { hasErrors, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { parseSchoolCalendar } from "../../calendar/schoolCalendar.js";
import { jsonSchemaNames } from "../../schemas/toJSONSchema.js";
import { en, type Locale } from "../../text/locale.js";
import type { OptionValues } from "../arguments.js";
import type { JsonDocument } from "../documents.js";
import type { CliHost } from "../host.js";
import { readCalendar, readDay, readDocument, readPolicy, standardInput } from "../inputs.js";
import { isDocumentKind, kindOfFile, type DocumentKind } from "../kinds.js";
import { say, sayList } from "../message.js";
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
  /** The language of the output and of the findings: English by default. */
  readonly locale?: Locale;
}

/** Checks each document with the library's function for its kind, in the settings' language. */
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
  const locale = input.locale ?? en;
  const reports = validateDocuments(input.documents, { ...input.settings, locale });
  const exitCode = exitCodeOf(reports.flatMap((report) => report.diagnostics));
  if (input.format === "json") return { stdout: jsonText({ ok: exitCode === 0, files: reports }), stderr: "", exitCode };
  const format = input.format === "markdown" ? "markdown" : "text";
  const blocks = reports.map((report) =>
    [
      say("validate.file", { file: report.file, title: say(`kind.${report.kind}`, {}, locale) }, locale),
      formatDiagnostics(report.diagnostics, { format, locale }),
    ].join(format === "markdown" ? "\n\n" : "\n"),
  );
  const counts = { files: reports.length, errors: count(reports, "error"), warnings: count(reports, "warning"), notes: count(reports, "info") };
  const total = say("validate.total", counts, locale);
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
async function contextCalendar(host: CliHost, option: string | undefined, documents: readonly KindedDocument[], locale: Locale) {
  if (option !== undefined) return readCalendar(host, option, locale);
  const calendars = documents.filter((document) => document.kind === "calendar");
  if (calendars.length !== 1) return undefined;
  // Its problems, if any, are reported with the file's own findings.
  const parsed = parseSchoolCalendar(calendars[0]?.value, { locale });
  return parsed.ok ? parsed.value : undefined;
}

/** Reads the files, directories and options `validate` is given. */
export async function readValidateInput(host: CliHost, options: OptionValues<"validate">, paths: readonly string[], locale: Locale): Promise<ValidateInput> {
  if (paths.length === 0) throw UnusableInput.of("validate", say("unusable.no-input", {}, locale));
  const kinds = sayList(jsonSchemaNames, locale);
  const given = options.kind;
  if (given !== undefined && !isDocumentKind(given)) throw UnusableInput.of("--kind", say("unusable.kind", { kind: given, kinds }, locale));
  const documents: KindedDocument[] = [];
  for (const { file, fromDirectory } of expand(host, paths)) {
    const kind = (fromDirectory ? undefined : given) ?? kindOfFile(file);
    if (kind === undefined) throw UnusableInput.of(file === "-" ? standardInput(locale) : file, say("unusable.unknown-kind", { kinds }, locale));
    documents.push({ ...(await readDocument(host, file, locale)), kind });
  }
  if (documents.length === 0) throw UnusableInput.of(paths.join(", "), say("validate.no-files", {}, locale));
  const calendar = await contextCalendar(host, options.calendar, documents, locale);
  const policy = options.policy === undefined ? undefined : await readPolicy(host, options.policy, locale);
  const asOf = options["as-of"] === undefined ? undefined : readDay("--as-of", options["as-of"], locale);
  return {
    documents,
    settings: {
      ...(calendar === undefined ? {} : { calendar }),
      ...(policy === undefined ? {} : { policy }),
      ...(asOf === undefined ? {} : { asOf }),
    },
    format: options.json === true ? "json" : options.markdown === true ? "markdown" : "text",
    locale,
  };
}

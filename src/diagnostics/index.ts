/**
 * Diagnostics: the one shape of every finding the library reports, and the
 * result type of every function that checks untrusted input.
 *
 * @module diagnostics
 */
export {
  DiagnosticSchema,
  PathSchema,
  SeveritySchema,
  hasErrors,
  type Diagnostic,
  type Severity,
} from "./diagnostic.js";
export { formatDiagnostics, type FormatDiagnosticsOptions } from "./formatDiagnostics.js";
export { diagnosticsFromZod } from "./fromZod.js";
export { InvalidInputError } from "./InvalidInputError.js";
export type { Result } from "./result.js";
export {
  SourceDocumentIdSchema,
  SourceRefSchema,
  sourceDocuments,
  type SourceDocumentId,
  type SourceRef,
} from "./sourceDocuments.js";
export { locales, LocaleSchema, type Locale, type LocaleOptions } from "../text/locale.js";

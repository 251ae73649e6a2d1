/**
 * Diagnostics: the one shape of every finding the library reports (data: a
 * message code and its parameters, with the message written in the language
 * asked for), the result type of every function that checks untrusted input,
 * and the languages the library writes in.
 *
 * @module collegiate/diagnostics
 */
export {
  DiagnosticSchema,
  MessageParamsSchema,
  PathSchema,
  SeveritySchema,
  hasErrors,
  type Diagnostic,
  type Severity,
} from "./diagnostic.js";
export { formatDiagnostics, type FormatDiagnosticsOptions } from "./formatDiagnostics.js";
export { defineLocale } from "./defineLocale.js";
export { localizeDiagnostics } from "./localizeDiagnostics.js";
export { InvalidInputError } from "./InvalidInputError.js";
export type { Result } from "./result.js";
export {
  SourceDocumentIdSchema,
  SourceRefSchema,
  sourceDocuments,
  type SourceDocumentId,
  type SourceRef,
} from "./sourceDocuments.js";
export { en, LocaleSchema, type CollegiateLocale, type Locale, type LocaleOptions, type MessageCode } from "../text/locale.js";

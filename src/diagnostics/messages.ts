/**
 * Every sentence the diagnostics module shows a person: the words of
 * {@link formatDiagnostics}, the message of {@link InvalidInputError}, and the
 * titles of the source documents in citations. Internal module: the
 * catalogues of the capabilities are public, this one is shared plumbing.
 */
import { sourceDocuments } from "./sourceDocuments.js";

/** The English templates of the diagnostics module. */
export const diagnosticMessages = {
  none: "No problems found.",
  input: "(input)",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",
  "count.error.one": "{count} error",
  "count.error.other": "{count} errors",
  "count.warning.one": "{count} warning",
  "count.warning.other": "{count} warnings",
  "count.info.one": "{count} note",
  "count.info.other": "{count} notes",
  summary: "{errors}, {warnings}, {notes}",
  hint: "hint: {hint}",
  cites: "{clause}, {document}",
  "column.severity": "Severity",
  "column.rule": "Rule",
  "column.where": "Where",
  "column.finding": "Finding",
  "column.clause": "Clause",
  "invalid-input": "Invalid {what}: {problems}",
  "problems.one": "{count} problem",
  "problems.other": "{count} problems",
  "document.joint-school-sharing": sourceDocuments["joint-school-sharing"].title,
  "document.sharing-learning-experiences": sourceDocuments["sharing-learning-experiences"].title,
  "document.learning-communities": sourceDocuments["learning-communities"].title,
  "document.peer-coaching-programme": sourceDocuments["peer-coaching-programme"].title,
  "document.lnct-agreement": sourceDocuments["lnct-agreement"].title,
} as const;

/** A key of the diagnostics catalogue. */
export type DiagnosticMessageKey = keyof typeof diagnosticMessages;

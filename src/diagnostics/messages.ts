/**
 * Every sentence the diagnostics module shows a person: the words of
 * {@link formatDiagnostics} and the titles of the source documents in
 * citations, and apart (so that a bundle with only the constructors carries
 * only these) the message of {@link InvalidInputError}. Internal module: the
 * catalogues of the capabilities are public, these are shared plumbing.
 */

/** The English templates of {@link formatDiagnostics}. */
export const diagnosticMessages = {
  none: "No problems found.",
  "options.not-an-object": "Options must be an object, or left out; received {received}.",
  "locale.unknown": 'Unknown locale: pass a locale object, such as en from "collegiate" or zhHant from "collegiate/locales/zh-Hant".',
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
  // The titles of `sourceDocuments`, for citations.
  "document.joint-school-sharing": "School-based Teachers' Professional Experience Sharing: Suggested Workflow",
  "document.sharing-learning-experiences": "Sharing Learning Experiences",
  "document.learning-communities":
    "School-Based Support Services (Learning Communities mode): General Information and Points to Note",
  "document.peer-coaching-programme": "Peer Coaching Programme at a Glance",
  "document.lnct-agreement": "LNCT Agreement on Sharing Classroom Experience",
} as const;

/** A key of the catalogue of {@link formatDiagnostics}. */
export type DiagnosticMessageKey = keyof typeof diagnosticMessages;

/** The English templates of {@link InvalidInputError}'s message. */
export const invalidInputMessages = {
  "invalid-input": "Invalid {what}: {problems}",
  "problems.one": "{count} problem",
  "problems.other": "{count} problems",
} as const;

/** A key of the catalogue of {@link InvalidInputError}. */
export type InvalidInputMessageKey = keyof typeof invalidInputMessages;

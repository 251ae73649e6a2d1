/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes
 * doubled, lines end with CRLF. A field that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-` or `@`) is prefixed with `'`, so an
 * exported report can never execute anything. Internal module.
 */

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Renders rows (the first usually the header) as CSV text ending in CRLF. */
export function renderCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

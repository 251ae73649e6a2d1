/**
 * Plain-text and Markdown tables, shared by every report the library renders
 * (timelines, diagnostics, feedback summaries). Internal module.
 */
import { displayWidth, padToWidth } from "./displayWidth.js";

/** One column of a table: its header, how to read a row's cell, and its alignment. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string;
  readonly align?: "left" | "right";
}

/**
 * A table for terminals: a header line, a rule, and one line per row, each
 * column padded to its widest cell (wide CJK characters count double).
 * Line breaks inside a cell become spaces.
 */
export function renderTextTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => column.cell(row).replace(/\s*\n\s*/g, " ")));
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i] ?? ""))),
  );
  const render = (line: readonly string[]) =>
    line
      .map((text, i) => padToWidth(text, widths[i] ?? 0, columns[i]?.align))
      .join("  ")
      .trimEnd();
  return [
    render(columns.map((column) => column.header)),
    widths.map((width) => "─".repeat(width)).join("  "),
    ...cells.map(render),
  ].join("\n");
}

/** Escapes text for one Markdown table cell: pipes, backslashes and line breaks. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** A GitHub-flavoured Markdown table. */
export function renderMarkdownTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map((column) => escapeMarkdownCell(column.header))),
    line(columns.map((column) => (column.align === "right" ? "---:" : "---"))),
    ...rows.map((row) => line(columns.map((column) => escapeMarkdownCell(column.cell(row))))),
  ].join("\n");
}

/**
 * Plain-text and Markdown tables, shared by every report the library renders
 * (timelines, diagnostics, feedback summaries). Internal module.
 */
import { displayWidth, padToWidth } from "./displayWidth.js";
import { isolate } from "./isolate.js";

/** One column of a table: its header, how to read a row's cell, and its alignment. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string;
  readonly align?: "left" | "right";
}

/**
 * A table for terminals: a header line, a rule, and one line per row, each
 * column padded to its widest cell (wide CJK characters count double).
 * Line breaks inside a cell become spaces. A cell holding bidirectional
 * controls or right-to-left letters is isolated (see `isolate`), so it cannot
 * reorder the cells after it.
 */
export function renderTextTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => isolate(column.cell(row)).replace(/\s*\n\s*/g, " ")));
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i] as string))),
  );
  const render = (line: readonly string[]) =>
    line
      .map((text, i) => padToWidth(text, widths[i] as number, columns[i]?.align))
      .join("  ")
      .trimEnd();
  return [
    render(columns.map((column) => column.header)),
    widths.map((width) => "─".repeat(width)).join("  "),
    ...cells.map(render),
  ].join("\n");
}

/**
 * Escapes text for one Markdown table cell: pipes, backslashes and line
 * breaks; each line holding bidirectional controls or right-to-left letters
 * is isolated (see `isolate`).
 */
export function escapeMarkdownCell(text: string): string {
  return isolate(text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).replace(/\r?\n/g, "<br>");
}

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  "_": "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "#": "&#35;",
  "|": "&#124;",
  "~": "&#126;",
};

/**
 * Makes text written by people (a comment, a school's name) safe to place
 * anywhere in Markdown, in a paragraph, a list item or a table cell: HTML
 * and Markdown punctuation become character references, which renderers
 * show as the characters and never read as markup; line breaks become spaces.
 * A leading `-`, `+` or `1.` cannot start a list either. Text holding
 * bidirectional controls or right-to-left letters is isolated (see
 * `isolate`), so it cannot reorder what follows it.
 */
export function escapeMarkdownText(text: string): string {
  return isolate(text)
    .replace(/[&<>\\`*_[\]#|~]/g, (character) => MARKDOWN_ENTITIES[character] as string) // every character the pattern matches has an entity
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/^(\s*)([-+]|\d+(?=[.)]))/, (_match, space: string, marker: string) =>
      `${space}${[...marker].map((character) => `&#${character.charCodeAt(0)};`).join("")}`,
    );
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

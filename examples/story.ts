/**
 * What the demo's chapters share: the sample school's calendar, read from
 * JSON as a school tool would, and a heading printer.
 */
import { readFileSync } from "node:fs";
import { parseSchoolCalendar, type SchoolCalendar } from "collegiate";

/** Prints a chapter's title, boxed. */
export function chapter(number: number, title: string): void {
  const text = `Chapter ${number}: ${title}`;
  console.log(`\n${"═".repeat(text.length)}\n${text}\n${"═".repeat(text.length)}`);
}

/** Prints a section heading, underlined. */
export function heading(text: string): void {
  console.log(`\n${text}\n${"─".repeat(text.length)}`);
}

/** Reads a JSON file under `examples/data/`. */
export function readExampleJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8"));
}

/** The sample school's calendar; exits with the diagnostics if the file is invalid. */
export function loadSampleCalendar(): SchoolCalendar {
  const file = "harbour-secondary-2026-27.calendar.json";
  const result = parseSchoolCalendar(readExampleJson(file));
  if (!result.ok) {
    for (const d of result.diagnostics) console.error(`${file}: ${d.path.join(".")}: ${d.message}`);
    process.exit(2);
  }
  return result.value;
}

/**
 * `collegiate ics`: a timeline exported to calendar applications. Internal
 * module.
 */
import { formatDiagnostics } from "../../diagnostics/formatDiagnostics.js";
import { parseTimeline, type Timeline } from "../../timeline/timeline.js";
import { toICalendar } from "../../timeline/toICalendar.js";
import { en, type Locale } from "../../text/locale.js";
import type { OptionValues } from "../arguments.js";
import type { CliHost } from "../host.js";
import { readDocument } from "../inputs.js";
import { say } from "../message.js";
import { exitCodeOf, jsonText, lines, type CliOutput } from "../output.js";
import { UnusableInput } from "../unusable.js";

/** A timeline and the options of its export. */
export interface IcsInput {
  readonly timeline: Timeline;
  readonly dtstamp: string;
  readonly uidDomain: string;
  readonly calendarName?: string;
  readonly format: "ics" | "json";
  /**
   * The language of the events' task headings and of the output's own
   * sentences: English by default. The titles and findings are the
   * timeline's, in the language it was scheduled in.
   */
  readonly locale?: Locale;
}

/** Runs `ics` on inputs already read: the iCalendar text, with the timeline's findings on standard error. */
export function icsCommand(input: IcsInput): CliOutput {
  const { timeline, dtstamp, uidDomain, calendarName, locale = en } = input;
  const ics = toICalendar(timeline, { dtstamp, uidDomain, locale, ...(calendarName === undefined ? {} : { calendarName }) });
  const exitCode = exitCodeOf(timeline.diagnostics);
  if (input.format === "json") return { stdout: jsonText({ ics, diagnostics: timeline.diagnostics }), stderr: "", exitCode };
  return { stdout: ics, stderr: timeline.diagnostics.length === 0 ? "" : lines(formatDiagnostics(timeline.diagnostics, { locale })), exitCode };
}

/** Reads the timeline file and the options `ics` is given; the time stamp is now unless `--dtstamp` says otherwise. */
export async function readIcsInput(host: CliHost, options: OptionValues<"ics">, files: readonly string[], locale: Locale): Promise<IcsInput> {
  const [file, ...more] = files;
  if (file === undefined || more.length > 0) throw UnusableInput.of("ics", say("unusable.one-file", {}, locale));
  if (options["uid-domain"] === undefined) throw UnusableInput.of("--uid-domain", say("unusable.missing-option", { option: "--uid-domain" }, locale));
  const document = await readDocument(host, file, locale);
  const timeline = parseTimeline(document.value, { locale });
  if (!timeline.ok) throw UnusableInput.fromDiagnostics(document.file, timeline.diagnostics);
  return {
    timeline: timeline.value,
    dtstamp: options.dtstamp ?? host.now(),
    uidDomain: options["uid-domain"],
    ...(options["calendar-name"] === undefined ? {} : { calendarName: options["calendar-name"] }),
    format: options.json === true ? "json" : "ics",
    locale,
  };
}

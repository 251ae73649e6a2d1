import { z } from "zod";
import { addDaysBounded } from "../calendar/addDays.js";
import { daysBetween } from "../calendar/daysBetween.js";
import { isPlainDate, type PlainDate } from "../calendar/plainDate.js";
import { isolate } from "../text/isolate.js";
import { LocaleSchema, localeOf } from "../text/locale.js";
import { timelineMessage } from "./message.js";
import { parseOptions } from "./planOptions.js";
import type { Timeline } from "./timeline.js";

/**
 * Schema of the options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import { ICalendarOptionsSchema } from "collegiate/timeline";
 *
 * ICalendarOptionsSchema.safeParse({ dtstamp: "2027-01-10 09:00", uidDomain: "school.example.org" }).success; // false
 * ```
 */
export const ICalendarOptionsSchema = z.strictObject({
  /** When the calendar file is made, in UTC, such as `2027-01-10T09:00:00Z`: it is a parameter, never read from a clock. */
  dtstamp: z
    .string()
    .refine((text) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/.test(text) && isPlainDate(text.slice(0, 10)), {
      error: () => "timeline/ics.dtstamp",
    }),
  /** The domain that makes event UIDs globally unique, such as the school's web domain. */
  uidDomain: z
    .string()
    .regex(/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/, {
      error: () => "timeline/ics.uid-domain",
    }),
  /** A name for the calendar, shown by calendar applications. */
  calendarName: z.string().trim().min(1).optional(),
  /** The language of the events' "External work" and "Internal work" headings and of errors: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. */
  locale: LocaleSchema.optional(),
});

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from "collegiate/timeline";
 *
 * const options: ICalendarOptions = { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example.edu.hk" };
 * ```
 */
export type ICalendarOptions = z.input<typeof ICalendarOptionsSchema>;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a
 * space, never inside a UTF-8 character.
 */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function basicDate(day: PlainDate): string {
  return day.replace(/-/g, "");
}

/**
 * The end of a stage's event: `DTEND` the day after it is due, or, for a
 * stage due on 9999-12-31 (whose next day no date can name), the
 * equivalent `DURATION` in days.
 */
function eventEnd(stage: { readonly opensOn: PlainDate; readonly dueOn: PlainDate }): string {
  const after = addDaysBounded(stage.dueOn, 1);
  return after.beyond === undefined
    ? `DTEND;VALUE=DATE:${basicDate(after.day)}`
    : `DURATION:P${daysBetween(stage.opensOn, stage.dueOn) + 1}D`;
}

/**
 * Exports a timeline as an RFC 5545 calendar (an `.ics` file) that calendar
 * applications import: one all-day event per stage, from the day it opens to
 * the day it is due (`DTSTART;VALUE=DATE`, and `DTEND` the day after the due
 * day, as the standard's end is exclusive; for a stage due on 9999-12-31, the
 * same span as `DURATION:P<n>D`). Each event's UID is built from the
 * plan id and the stage id (`S4.<planId>@<uidDomain>`), so exporting the same
 * plan again updates the events instead of duplicating them. The summary is
 * the stage id and title; the description lists the external and internal
 * tasks. Activity days are marked busy (`TRANSP:OPAQUE`), other windows free.
 * Lines end with CRLF, are folded at 75 octets and text is escaped.
 *
 * @param timeline - A timeline from {@link scheduleBackward} or {@link scheduleForward}.
 * @param options - `dtstamp` (UTC time stamp of the export), `uidDomain`, and optionally `calendarName` and `locale`.
 * @returns The iCalendar document.
 * @throws {@link InvalidInputError} when the options are invalid.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward, toICalendar } from "collegiate/timeline";
 *
 * const timeline = scheduleBackward(jointSchoolSharing, {
 *   activityDay: "2027-03-18",
 *   calendar: defineSchoolCalendar({}),
 *   planId: "harbour-2027-03",
 * });
 * const ics = toICalendar(timeline, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example.edu.hk" });
 * ics.split("\r\n").filter((line) => line.startsWith("UID:"))[7]; // "UID:S8.harbour-2027-03@harbour.example.edu.hk"
 * ```
 */
export function toICalendar(timeline: Timeline, options: ICalendarOptions): string {
  const locale = localeOf(options);
  const { dtstamp, uidDomain, calendarName } = parseOptions(ICalendarOptionsSchema, options, "what.calendar-export-options", locale);
  const external = timelineMessage(locale, "ics.tasks-heading", { heading: timelineMessage(locale, "ics.external") });
  const internal = timelineMessage(locale, "ics.tasks-heading", { heading: timelineMessage(locale, "ics.internal") });
  const stamp = `${dtstamp.slice(0, 19).replace(/[-:]/g, "")}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//collegiate//timeline//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(calendarName === undefined ? [] : [`NAME:${escapeText(calendarName)}`, `X-WR-CALNAME:${escapeText(calendarName)}`]),
  ];
  for (const stage of timeline.stages) {
    const description = [
      ...(stage.tasks.external.length > 0 ? [external, ...stage.tasks.external.map((task) => `- ${task}`)] : []),
      ...(stage.tasks.internal.length > 0 ? [internal, ...stage.tasks.internal.map((task) => `- ${task}`)] : []),
    ].join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(`${stage.id}.${timeline.planId}@${uidDomain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(stage.opensOn)}`,
      eventEnd(stage),
      `SUMMARY:${escapeText(`${isolate(stage.id)} ${isolate(stage.title)}`)}`,
      ...(description === "" ? [] : [`DESCRIPTION:${escapeText(description)}`]),
      `CATEGORIES:${escapeText(timeline.title)}`,
      `TRANSP:${stage.kind === "activity" ? "OPAQUE" : "TRANSPARENT"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

import { formatDiagnostics } from "../diagnostics/formatDiagnostics.js";
import { checkedOptionsLocale } from "../text/locale.js";
import { escapeMarkdownCell, renderMarkdownTable } from "../text/table.js";
import type { Timeline } from "./timeline.js";
import { timelineColumns, timelineHeading, type FormatTimelineOptions } from "./timelineTable.js";

/**
 * Renders a timeline as Markdown for a report, a wiki or a pull request: the
 * heading in bold, a table of stages (cells escaped), then the diagnostics as
 * a Markdown table when there are any.
 *
 * @param timeline - A timeline.
 * @param options - Day pattern, language (`locale`: `"en"` or `"zh-Hant"`) and date-fns locale.
 * @returns GitHub-flavoured Markdown.
 * @throws `TypeError` when `options` is given but is not an object, or its `locale` is not `"en"` or `"zh-Hant"`.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward, timelineToMarkdown } from "collegiate/timeline";
 *
 * const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });
 * timelineToMarkdown(timeline).split("\n").slice(0, 5);
 * // ["**Joint-school sharing activity: activity day Thu 18 Mar 2027**", "",
 * //  "| Stage | Title | Opens | Due |", "| --- | --- | --- | --- |",
 * //  "| S1 | Organisation of working group | Fri 18 Dec 2026 | Fri 15 Jan 2027 |"]
 * ```
 */
export function timelineToMarkdown(timeline: Timeline, options: FormatTimelineOptions = {}): string {
  const locale = checkedOptionsLocale(options);
  const parts = [
    `**${escapeMarkdownCell(timelineHeading(timeline, options, locale))}**`,
    renderMarkdownTable(timeline.stages, timelineColumns(timeline, options, locale)),
  ];
  if (timeline.diagnostics.length > 0) parts.push(formatDiagnostics(timeline.diagnostics, { format: "markdown", locale }));
  return parts.join("\n\n");
}

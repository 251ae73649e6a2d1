import { formatDiagnostics } from "../diagnostics/formatDiagnostics.js";
import { checkedOptionsLocale } from "../text/locale.js";
import { renderTextTable } from "../text/table.js";
import type { Timeline } from "./timeline.js";
import { timelineColumns, timelineHeading, type FormatTimelineOptions } from "./timelineTable.js";

/**
 * Renders a timeline for a terminal: a heading (the plan's title and its
 * activity or start day, and the `asOf` day), a table of stages with their
 * opening and due days (and status, when judged), then the diagnostics when
 * there are any. Wide characters are aligned, so titles in Chinese line up.
 *
 * @param timeline - A timeline.
 * @param options - Day pattern, language (`locale`: `"en"` or `"zh-Hant"`) and date-fns locale.
 * @returns The text, lines separated by `\n`.
 * @throws `TypeError` when `options` is given but is not an object, or its `locale` is not `"en"` or `"zh-Hant"`.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { formatTimeline, jointSchoolSharing, scheduleBackward } from "collegiate/timeline";
 *
 * const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}) });
 * console.log(formatTimeline(timeline));
 * // Joint-school sharing activity: activity day Thu 18 Mar 2027
 * //
 * // Stage  Title                                            Opens            Due
 * // ─────  ───────────────────────────────────────────────  ───────────────  ───────────────
 * // S1     Organisation of working group                    Fri 18 Dec 2026  Fri 15 Jan 2027
 * // …
 * // S9     Evaluation and feedback                          Fri 19 Mar 2027  Fri 16 Apr 2027
 *
 * const zh = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: defineSchoolCalendar({}), locale: "zh-Hant" });
 * console.log(formatTimeline(zh, { locale: "zh-Hant" }));
 * // 聯校專業分享活動：活動日2027年3月18日（四）
 * //
 * // 階段  名稱                      開始                  限期
 * // ────  ────────────────────────  ────────────────────  ───────────────────
 * // S1    組織工作小組              2026年12月18日（五）  2027年1月15日（五）
 * // …
 * ```
 */
export function formatTimeline(timeline: Timeline, options: FormatTimelineOptions = {}): string {
  const locale = checkedOptionsLocale(options);
  const parts = [timelineHeading(timeline, options, locale), renderTextTable(timeline.stages, timelineColumns(timeline, options, locale))];
  if (timeline.diagnostics.length > 0) parts.push(formatDiagnostics(timeline.diagnostics, { locale }));
  return parts.join("\n\n");
}

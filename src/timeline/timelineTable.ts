/**
 * The heading and columns that the text and Markdown renderings of a
 * timeline share. Internal module.
 */
import type { Locale as DateFnsLocale } from "date-fns";
import { match } from "ts-pattern";
import { dayInLocale } from "../calendar/dayInLocale.js";
import type { PlainDate } from "../calendar/plainDate.js";
import { en, type Locale } from "../text/locale.js";
import type { Column } from "../text/table.js";
import { timelineMessage } from "./message.js";
import type { StageStatus } from "./stageStatus.js";
import type { Timeline, TimelineStage } from "./timeline.js";

/**
 * Options of {@link formatTimeline} and {@link timelineToMarkdown}.
 *
 * @example
 * ```ts
 * import type { FormatTimelineOptions } from "collegiate/timeline";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: FormatTimelineOptions = { dayPattern: "yyyy-MM-dd", locale: zhHant };
 * ```
 */
export interface FormatTimelineOptions {
  /**
   * A date-fns pattern for days; by default `"EEE d MMM yyyy"` ("Thu 18 Mar
   * 2027") in English and `"yyyy年M月d日（EEEEE）"` (2027年3月18日（四）) in
   * Traditional Chinese.
   */
  readonly dayPattern?: string;
  /**
   * The language of the headings, column names and statuses (and of the
   * diagnostics' headings): `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. The titles
   * are the timeline's own: schedule with the same `locale` to have a
   * built-in template's titles in that language.
   */
  readonly locale?: Locale;
  /**
   * A date-fns locale for month and weekday names, when they should differ
   * from `locale`'s (English, or date-fns's `zhHK` for Traditional Chinese).
   */
  readonly dateLocale?: DateFnsLocale;
}

export function dayText(day: PlainDate, options: FormatTimelineOptions, locale: Locale = en): string {
  return dayInLocale(day, locale, options.dayPattern, options.dateLocale);
}

export function statusText(status: StageStatus, locale: Locale = en): string {
  return match(status)
    .with("upcoming", () => timelineMessage(locale, "status.upcoming"))
    .with("open", () => timelineMessage(locale, "status.open"))
    .with("late", () => timelineMessage(locale, "status.late"))
    .exhaustive();
}

export function timelineHeading(timeline: Timeline, options: FormatTimelineOptions, locale: Locale = en): string {
  const params = { title: timeline.title, day: dayText(timeline.anchorDay, options, locale) };
  const heading = timelineMessage(locale, timeline.schedule === "backward" ? "heading.backward" : "heading.forward", params);
  if (timeline.asOf === undefined) return heading;
  const asOf = timelineMessage(locale, "heading.as-of", { day: dayText(timeline.asOf, options, locale) });
  return timelineMessage(locale, "heading.with-as-of", { heading, asOf });
}

export function timelineColumns(timeline: Timeline, options: FormatTimelineOptions, locale: Locale = en): Column<TimelineStage>[] {
  const columns: Column<TimelineStage>[] = [
    { header: timelineMessage(locale, "column.stage"), cell: (stage) => stage.id },
    { header: timelineMessage(locale, "column.title"), cell: (stage) => stage.title },
    { header: timelineMessage(locale, "column.opens"), cell: (stage) => dayText(stage.opensOn, options, locale) },
    { header: timelineMessage(locale, "column.due"), cell: (stage) => dayText(stage.dueOn, options, locale) },
  ];
  if (timeline.stages.some((stage) => stage.status !== undefined)) {
    columns.push({
      header: timelineMessage(locale, "column.status"),
      cell: (stage) => (stage.status === undefined ? "" : statusText(stage.status, locale)),
    });
  }
  return columns;
}

/**
 * The heading and columns that the text and Markdown renderings of a
 * timeline share. Internal module.
 */
import type { Locale } from "date-fns";
import { match } from "ts-pattern";
import { formatDay } from "../calendar/formatDay.js";
import type { PlainDate } from "../calendar/plainDate.js";
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
 *
 * const options: FormatTimelineOptions = { dayPattern: "yyyy-MM-dd" };
 * ```
 */
export interface FormatTimelineOptions {
  /** A date-fns pattern for days; `"EEE d MMM yyyy"` ("Thu 18 Mar 2027") by default. */
  readonly dayPattern?: string;
  /** A date-fns locale for month and weekday names; English when omitted. */
  readonly locale?: Locale;
}

export function dayText(day: PlainDate, options: FormatTimelineOptions): string {
  return formatDay(day, options.dayPattern ?? "EEE d MMM yyyy", options.locale === undefined ? {} : { locale: options.locale });
}

export function statusText(status: StageStatus): string {
  return match(status)
    .with("upcoming", () => timelineMessage("status.upcoming"))
    .with("open", () => timelineMessage("status.open"))
    .with("late", () => timelineMessage("status.late"))
    .exhaustive();
}

export function timelineHeading(timeline: Timeline, options: FormatTimelineOptions): string {
  const params = { title: timeline.title, day: dayText(timeline.anchorDay, options) };
  const heading = timeline.schedule === "backward" ? timelineMessage("heading.backward", params) : timelineMessage("heading.forward", params);
  return timeline.asOf === undefined ? heading : `${heading} (${timelineMessage("heading.as-of", { day: dayText(timeline.asOf, options) })})`;
}

export function timelineColumns(timeline: Timeline, options: FormatTimelineOptions): Column<TimelineStage>[] {
  const columns: Column<TimelineStage>[] = [
    { header: timelineMessage("column.stage"), cell: (stage) => stage.id },
    { header: timelineMessage("column.title"), cell: (stage) => stage.title },
    { header: timelineMessage("column.opens"), cell: (stage) => dayText(stage.opensOn, options) },
    { header: timelineMessage("column.due"), cell: (stage) => dayText(stage.dueOn, options) },
  ];
  if (timeline.stages.some((stage) => stage.status !== undefined)) {
    columns.push({ header: timelineMessage("column.status"), cell: (stage) => (stage.status === undefined ? "" : statusText(stage.status)) });
  }
  return columns;
}

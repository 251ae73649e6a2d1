/**
 * How numbers and hidden groups read in reports and charts: fixed decimals,
 * shares as whole percentages, intervals as "64–93%". Internal module.
 */
import type { FeedbackSummary, GroupSummary, PublishedGroupSummary } from "./summary.js";
import { en, type Locale } from "../text/locale.js";
import { feedbackMessage } from "./message.js";
import type { ShareInterval } from "./statistics.js";

/** A number with `digits` decimals, or "–" when there is none. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? "–" : value.toFixed(digits);
}

/** A share as a whole percentage ("83%"), or "–". */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? "–" : `${Math.round(share * 100)}%`;
}

/** A share with its interval: "83% (64–93%)", or "–". */
export function formatShareWithInterval(share: number | null, interval: ShareInterval | null): string {
  if (share === null || interval === null) return "–";
  return `${formatShare(share)} (${Math.round(interval.lower * 100)}–${formatShare(interval.upper)})`;
}

/** What a hidden group (or withheld texts) shows instead of its results, in `locale` (English by default). */
export function hiddenReason(group: Pick<Extract<GroupSummary, { status: "hidden" }>, "fewerThan">, locale: Locale = en): string {
  return group.fewerThan === null
    ? feedbackMessage(locale, "report.hidden-protects")
    : feedbackMessage(locale, "report.hidden-fewer-than", { minimum: group.fewerThan });
}

/** Every group of a summary below the overall one, depth first, in the summary's order. */
export function subgroups(summary: FeedbackSummary): GroupSummary[] {
  const found: GroupSummary[] = [];
  const visit = (group: PublishedGroupSummary) => {
    for (const inner of group.groups) {
      found.push(inner);
      if (inner.status === "published") visit(inner);
    }
  };
  if (summary.overall.status === "published") visit(summary.overall);
  return found;
}

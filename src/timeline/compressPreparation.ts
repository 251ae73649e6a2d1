/**
 * Re-spreads the groups before the activity day over the school days left
 * when a plan is made late. Internal module: the rules are documented on
 * {@link scheduleBackward}.
 */
import { addDays } from "../calendar/addDays.js";
import { addSchoolDays } from "../calendar/addSchoolDays.js";
import type { PlainDate } from "../calendar/plainDate.js";
import { schoolDaysBetween } from "../calendar/schoolDaysBetween.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Locale } from "../text/locale.js";
import { groupLabel, type CompiledGroup } from "./compiledTemplate.js";
import { timelineText } from "./message.js";

/**
 * Splits `total` school days between groups: one each, and the rest in
 * proportion to `lengths` by the largest-remainder method (ties to the earlier
 * group). Exact integer arithmetic; the shares add up to `total`.
 */
export function apportion(total: number, lengths: readonly number[]): number[] {
  const weights = lengths.some((length) => length > 0) ? lengths.map((length) => Math.max(0, length)) : lengths.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = total - weights.length;
  const shares = weights.map((weight) => 1 + Math.floor((rest * weight) / sum));
  const remainders = weights.map((weight, i) => ({ i, remainder: (rest * weight) % sum }));
  remainders.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of remainders) {
    if (left === 0) break;
    shares[i] = (shares[i] as number) + 1;
    left -= 1;
  }
  return shares;
}

/**
 * Compresses the first `count` groups (those before the activity day) into the
 * school days from `asOf` to the day before `activityDay`, changing `opens`
 * and `dues` in place (they belong to the scheduler, not the caller).
 */
export function compressPreparation(
  calendar: SchoolCalendar,
  groups: readonly CompiledGroup[],
  count: number,
  opens: PlainDate[],
  dues: PlainDate[],
  activityDay: PlainDate,
  asOf: PlainDate,
  diagnostics: Diagnostic[],
  locale: Locale,
): void {
  const available = schoolDaysBetween(calendar, asOf, activityDay);
  if (available < count) {
    diagnostics.push({
      ruleId: "timeline/insufficient-lead-time",
      severity: "error",
      ...timelineText(locale, "insufficient-lead-time", { available: Math.max(0, available), asOf, day: activityDay, groups: count }),
      path: ["asOf"],
    });
    return;
  }
  const lengths = groups
    .slice(0, count)
    .map((_, g) => schoolDaysBetween(calendar, opens[g] as PlainDate, addDays(dues[g] as PlainDate, 1)));
  const needed = schoolDaysBetween(calendar, opens[0] as PlainDate, activityDay);
  const shares = apportion(available, lengths);
  const first = addSchoolDays(calendar, asOf, 0);
  let used = 0;
  for (let g = 0; g < count; g += 1) {
    const group = groups[g] as CompiledGroup;
    const share = shares[g] as number;
    const opensOn = addSchoolDays(calendar, first, used);
    const dueOn = addSchoolDays(calendar, first, used + share - 1);
    used += share;
    diagnostics.push({
      ruleId: "timeline/compressed",
      severity: "warning",
      ...timelineText(locale, "compressed", {
        stages: groupLabel(group, locale),
        opensOn,
        dueOn,
        days: share,
        oldOpensOn: opens[g] as PlainDate,
        oldDueOn: dues[g] as PlainDate,
        oldDays: lengths[g] as number,
        asOf,
        available,
        needed,
      }),
      path: ["stages", group.first],
      ...(group.source === undefined ? {} : { source: group.source }),
    });
    opens[g] = opensOn;
    dues[g] = dueOn;
  }
}

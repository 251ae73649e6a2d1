import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { Locale, LocaleOptions } from "../text/locale.js";
import { timelineMessage, timelineText } from "./message.js";
import type { Timeline, TimelineStage } from "./timeline.js";

interface Placed {
  readonly plan: number;
  readonly index: number;
  readonly stage: TimelineStage;
}

/** The people two plans share, or `undefined` when they share nobody. Plans without `people` need the whole staff. */
function sharedPeople(a: Timeline, b: Timeline, locale: Locale): string | undefined {
  const separator = timelineMessage(locale, "list.separator");
  if (a.people === undefined || b.people === undefined) {
    const named = a.people ?? b.people;
    return named === undefined ? timelineMessage(locale, "clash.everyone") : named.join(separator);
  }
  const other = new Set(b.people);
  const shared = a.people.filter((person) => other.has(person));
  return shared.length === 0 ? undefined : shared.join(separator);
}

/**
 * Lists the days on which two plans of the same school need the same people,
 * as diagnostics:
 *
 * - `timeline/activity-days-clash` (error): two activity days (stages of kind
 *   `"activity"`) on one day;
 * - `timeline/activity-in-busy-stage` (warning): an activity day inside another
 *   plan's busy stage (kind `"busy"`, such as S7, the final arrangements).
 *
 * Who a plan belongs to and who it needs come from the timeline: `school`
 * and `people` (given to {@link scheduleBackward} or {@link scheduleForward}).
 * Plans are compared when they have the same `school`; plans without a school
 * are all taken to be of one school (a tool for a single school need not set
 * it). Two plans need the same people when their `people` lists share
 * someone; a plan without `people` needs the whole staff, so it shares people
 * with every plan. Each clash is reported once, at the later plan in the list.
 *
 * @param timelines - Timelines of any number of plans and schools.
 * @param options - `locale`: the language of the messages, `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale.
 * @returns One diagnostic per clash, with the path of the stage concerned.
 * @throws {@link InvalidInputError} when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { findClashes, jointSchoolSharing, scheduleBackward } from "collegiate/timeline";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const calendar = defineSchoolCalendar({});
 * const science = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, planId: "science", school: "harbour" });
 * const maths = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-11", calendar, planId: "maths", school: "harbour" });
 * findClashes([science, maths]).map((d) => d.ruleId);
 * // ["timeline/activity-in-busy-stage"]: maths's activity day falls in science's S7 (4 to 17 March)
 * findClashes([science, maths], { locale: zhHant })[0]?.message;
 * // "計劃「maths」的活動日2027-03-11（S8）落在計劃「science」的S7期間（2027-03-04至2027-03-17），需要同一批人員：全體教職員。"
 * ```
 */
export function findClashes(timelines: readonly Timeline[], options?: LocaleOptions): Diagnostic[] {
  const locale = optionsLocale(options);
  const diagnostics: Diagnostic[] = [];
  const bySchool = new Map<string | undefined, number[]>();
  timelines.forEach((timeline, plan) => {
    const plans = bySchool.get(timeline.school);
    if (plans === undefined) bySchool.set(timeline.school, [plan]);
    else plans.push(plan);
  });
  for (const plans of bySchool.values()) {
    const placed = (kinds: readonly string[]): Placed[] =>
      plans.flatMap((plan) =>
        (timelines[plan] as Timeline).stages.flatMap((stage, index) => (kinds.includes(stage.kind) ? [{ plan, index, stage }] : [])),
      );
    const activities = placed(["activity"]).sort((a, b) => (a.stage.opensOn < b.stage.opensOn ? -1 : 1));
    const occupied = placed(["activity", "busy"]);
    for (const activity of activities) {
      for (const other of occupied) {
        if (other.plan === activity.plan) continue;
        const day = activity.stage.opensOn;
        if (day < other.stage.opensOn || day > other.stage.dueOn) continue;
        const both = other.stage.kind === "activity";
        // Two activities meet both ways: report the pair once, at the later plan.
        if (both && activity.plan < other.plan) continue;
        const [plan, otherPlan] = [timelines[activity.plan] as Timeline, timelines[other.plan] as Timeline];
        const people = sharedPeople(plan, otherPlan, locale);
        if (people === undefined) continue;
        const params = {
          day,
          plan: plan.planId,
          otherPlan: otherPlan.planId,
          stage: activity.stage.id,
          otherStage: other.stage.id,
          opensOn: other.stage.opensOn,
          dueOn: other.stage.dueOn,
          people,
        };
        diagnostics.push({
          ruleId: both ? "timeline/activity-days-clash" : "timeline/activity-in-busy-stage",
          severity: both ? "error" : "warning",
          ...timelineText(locale, both ? "activity-days-clash" : "activity-in-busy-stage", params),
          path: [activity.plan, "stages", activity.index],
        });
      }
    }
  }
  return diagnostics;
}

import { plainDate } from "../calendar/plainDate.js";
import { formatDiagnostics } from "../diagnostics/formatDiagnostics.js";
import { TimelineSchema, type Timeline } from "../timeline/timeline.js";
import type { MatcherContext, MatcherResult } from "./matcherResult.js";
import { describeReceived, say } from "./messages.js";

/**
 * Matcher: on the received timeline, the stage `stageId` is due before
 * `day` (its due day is earlier than `day`; a stage due on `day` is not
 * before it). The failure message gives the stage's days and lists the
 * timeline's diagnostics, as `formatDiagnostics` does. Register it with
 * `expect.extend(collegiateMatchers)`.
 *
 * @param received - A timeline from `scheduleBackward`, `scheduleForward` or `parseTimeline`.
 * @param stageId - The stage's id, such as `"S3"`.
 * @param day - A day as `YYYY-MM-DD`.
 * @returns The verdict and its message.
 * @throws `InvalidInputError` when `day` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * import { expect, test } from "vitest";
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { jointSchoolSharing, scheduleBackward } from "collegiate/timeline";
 * import { collegiateMatchers } from "collegiate/vitest";
 *
 * expect.extend(collegiateMatchers);
 *
 * test("basic details are confirmed before the Christmas holidays", () => {
 *   const calendar = defineSchoolCalendar({ closures: [{ name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" }] });
 *   const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar });
 *   expect(timeline).toBeScheduledBefore("S3", "2026-12-21");
 *   expect(timeline).not.toBeScheduledBefore("S9", "2027-02-26");
 * });
 * ```
 */
export function toBeScheduledBefore(this: MatcherContext, received: unknown, stageId: string, day: string): MatcherResult {
  const before = plainDate(day);
  if (!TimelineSchema.safeParse(received).success) {
    return { pass: false, message: () => say("timeline.not-a-timeline", { received: describeReceived(received) }) };
  }
  const timeline = received as Timeline;
  const stage = timeline.stages.find((candidate) => candidate.id === stageId);
  if (stage === undefined) {
    const stages = timeline.stages.map((candidate) => candidate.id).join(", ");
    return { pass: false, message: () => say("timeline.no-stage", { stageId, day: before, stages }) };
  }
  const pass = stage.dueOn < before;
  const found = timeline.diagnostics.length === 0 ? "" : say("timeline.diagnostics", { found: formatDiagnostics(timeline.diagnostics) });
  const params = { stageId, day: before, dueOn: stage.dueOn, opensOn: stage.opensOn, found };
  return { pass, message: () => say(pass ? "timeline.early" : "timeline.late", params) };
}

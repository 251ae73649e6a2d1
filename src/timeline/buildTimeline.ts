/**
 * Turns the dates of each group into a timeline: one entry per stage, with
 * statuses when an `asOf` day is given. Internal module.
 */
import type { PlainDate } from "../calendar/plainDate.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CompiledTemplate } from "./compiledTemplate.js";
import { stageStatus } from "./stageStatus.js";
import type { TextsIn } from "./templateTextsIn.js";
import type { Timeline, TimelineStage } from "./timeline.js";

export interface PlanDetails {
  readonly asOf?: PlainDate | undefined;
  readonly planId?: string | undefined;
  readonly school?: string | undefined;
  readonly people?: string[] | undefined;
}

export function buildTimeline(
  compiled: CompiledTemplate,
  anchorDay: PlainDate,
  details: PlanDetails,
  opens: readonly PlainDate[],
  dues: readonly PlainDate[],
  diagnostics: Diagnostic[],
  texts?: TextsIn,
): Timeline {
  const { template, groups } = compiled;
  const { asOf } = details;
  const stages: TimelineStage[] = [];
  groups.forEach((group, g) => {
    const opensOn = opens[g] as PlainDate;
    const dueOn = dues[g] as PlainDate;
    const status = asOf === undefined ? undefined : stageStatus({ opensOn, dueOn }, asOf);
    for (let i = group.first; i < group.end; i += 1) {
      // Groups are ranges of the template's stages.
      const stage = template.stages[i] as (typeof template.stages)[number];
      const text = texts?.stages[i];
      const entry: TimelineStage = {
        id: stage.id,
        title: text === undefined ? stage.title : text.title,
        group: group.id,
        kind: stage.kind,
        tasks: text === undefined ? stage.tasks : text.tasks,
        opensOn,
        dueOn,
      };
      if (stage.clause !== undefined) entry.clause = stage.clause;
      if (status !== undefined) entry.status = status;
      stages.push(entry);
    }
  });
  const timeline: Timeline = {
    planId: details.planId ?? `${template.id}-${anchorDay}`,
    templateId: template.id,
    title: texts === undefined ? template.title : texts.title,
    schedule: template.schedule,
    anchorDay,
    stages,
    diagnostics,
  };
  if (asOf !== undefined) timeline.asOf = asOf;
  if (details.school !== undefined) timeline.school = details.school;
  if (details.people !== undefined) timeline.people = details.people;
  if (template.document !== undefined) timeline.document = template.document;
  return timeline;
}

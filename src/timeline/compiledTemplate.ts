/**
 * A template's stages cut into groups once, and kept aside per template
 * object, so that scheduling many plans from one template does no repeated
 * work. Internal module.
 */
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import type { SourceRef } from "../diagnostics/sourceDocuments.js";
import type { Duration } from "./duration.js";
import type { Offset } from "./offset.js";
import { definedTemplates, parsePlanTemplate, type PlanTemplate } from "./planTemplate.js";

export interface CompiledGroup {
  readonly id: string;
  /** Index of the group's first stage. */
  readonly first: number;
  /** Index after the group's last stage. */
  readonly end: number;
  /** Stage ids joined for messages: "S1, S2 and S3". */
  readonly label: string;
  readonly offset?: Offset;
  readonly duration?: Duration;
  /** The clause a diagnostic about this group cites, when the template has a source document. */
  readonly source?: SourceRef;
}

export interface CompiledTemplate {
  readonly template: PlanTemplate;
  readonly groups: readonly CompiledGroup[];
}

const cache = new WeakMap<object, CompiledTemplate>();

/** "S1", "S1 and S2", "S1, S2 and S3". */
export function joinIds(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? "") : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1] as string}`;
}

function compile(template: PlanTemplate): CompiledTemplate {
  const groups: CompiledGroup[] = [];
  let first = 0;
  template.stages.forEach((stage, i) => {
    const next = template.stages[i + 1];
    const group = stage.group ?? stage.id;
    if (next !== undefined && (next.group ?? next.id) === group) return;
    const stages = template.stages.slice(first, i + 1);
    const offset = stages.map((s) => (s as { offset?: Offset }).offset).find((value) => value !== undefined);
    const duration = stages.map((s) => (s as { duration?: Duration }).duration).find((value) => value !== undefined);
    const clause = stages.find((s) => s.clause !== undefined)?.clause;
    groups.push({
      id: group,
      first,
      end: i + 1,
      label: joinIds(stages.map((s) => s.id)),
      ...(offset === undefined ? {} : { offset }),
      ...(duration === undefined ? {} : { duration }),
      ...(template.document !== undefined && clause !== undefined ? { source: { document: template.document, clause } } : {}),
    });
    first = i + 1;
  });
  return { template, groups };
}

/**
 * The compiled form of a template. A template-shaped object that did not come
 * from `definePlanTemplate` (one read back from JSON) is validated first.
 */
export function compiledTemplate(template: PlanTemplate): CompiledTemplate {
  const cached = cache.get(template);
  if (cached !== undefined) return cached;
  let valid = template;
  if (!definedTemplates.has(template)) {
    const result = parsePlanTemplate(template);
    if (!result.ok) throw new InvalidInputError("plan template", result.diagnostics);
    valid = result.value;
  }
  const compiled = compile(valid);
  cache.set(template, compiled);
  return compiled;
}

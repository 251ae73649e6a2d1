/**
 * A template's stages cut into groups once, and kept aside per template
 * the library made (frozen), so that scheduling many plans from one template
 * does no repeated work. Internal module.
 */
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import type { SourceRef } from "../diagnostics/sourceDocuments.js";
import { en, type Locale } from "../text/locale.js";
import type { Duration } from "./duration.js";
import { listIn, timelineMessage } from "./message.js";
import type { Offset } from "./offset.js";
import { definedTemplates, parsePlanTemplate, type PlanTemplate } from "./planTemplate.js";

export interface CompiledGroup {
  readonly id: string;
  /** Index of the group's first stage. */
  readonly first: number;
  /** Index after the group's last stage. */
  readonly end: number;
  /** The ids of the group's stages. */
  readonly ids: readonly string[];
  /** Stage ids joined for English messages: "S1, S2 and S3" (see {@link groupLabel}). */
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

/** Compiled forms of templates the library made: frozen, so never stale. */
const cache = new WeakMap<PlanTemplate, CompiledTemplate>();

/** "S1", "S1 and S2", "S1, S2 and S3", in the words of `locale` (English by default). */
export function joinIds(ids: readonly string[], locale: Locale = en): string {
  return listIn(locale, ids);
}

/** The stage ids of a group joined for messages in `locale`: "S1, S2 and S3", 「S1、S2及S3」. */
export function groupLabel(group: CompiledGroup, locale: Locale): string {
  return locale === en ? group.label : joinIds(group.ids, locale);
}

function compile(template: PlanTemplate): CompiledTemplate {
  const groups: CompiledGroup[] = [];
  let first = 0;
  template.stages.forEach((stage, i) => {
    const next = template.stages[i + 1];
    const group = stage.group ?? stage.id;
    if (next !== undefined && (next.group ?? next.id) === group) return;
    const stages = template.stages.slice(first, i + 1);
    const ids = stages.map((s) => s.id);
    const offset = stages.map((s) => (s as { offset?: Offset }).offset).find((value) => value !== undefined);
    const duration = stages.map((s) => (s as { duration?: Duration }).duration).find((value) => value !== undefined);
    const clause = stages.find((s) => s.clause !== undefined)?.clause;
    groups.push({
      id: group,
      first,
      end: i + 1,
      ids,
      label: joinIds(ids),
      ...(offset === undefined ? {} : { offset }),
      ...(duration === undefined ? {} : { duration }),
      ...(template.document !== undefined && clause !== undefined ? { source: { document: template.document, clause } } : {}),
    });
    first = i + 1;
  });
  return { template, groups };
}

/**
 * The compiled form of a template. A template made by `definePlanTemplate`
 * or `parsePlanTemplate` is frozen, so it is compiled once and kept. Any
 * other template-shaped object (one read back from JSON) is validated, its
 * problems written in `locale`, and compiled from a frozen copy on each call,
 * so that a change its owner makes to it is always seen.
 */
export function compiledTemplate(template: PlanTemplate, locale: Locale = en): CompiledTemplate {
  if (!definedTemplates.has(template)) {
    const result = parsePlanTemplate(template, { locale });
    if (!result.ok) throw new InvalidInputError(timelineMessage(locale, "what.plan-template"), result.diagnostics, locale);
    return compile(result.value);
  }
  const cached = cache.get(template);
  if (cached !== undefined) return cached;
  const compiled = compile(template);
  cache.set(template, compiled);
  return compiled;
}

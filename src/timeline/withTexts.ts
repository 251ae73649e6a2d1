/**
 * Joins a built-in template's structure (ids, groups, offsets, durations,
 * dependencies) with its texts from a catalogue (titles and tasks by stage
 * id), so that a catalogue in another language needs no change to the
 * structure. Internal module.
 */

export interface TemplateTexts {
  readonly title: string;
  readonly stages: Readonly<Record<string, { readonly title: string; readonly external: readonly string[]; readonly internal: readonly string[] }>>;
}

/** The stages with `title` and `tasks` from `texts`; a stage missing from the catalogue is a programming error. */
export function withTexts<Stage extends { id: string; title: string }>(
  texts: TemplateTexts,
  stages: readonly Omit<Stage, "title" | "tasks">[],
): Stage[] {
  return stages.map((stage) => {
    const text = texts.stages[stage.id];
    if (text === undefined) throw new Error(`No text for stage ${stage.id} in the catalogue of "${texts.title}".`);
    return { ...stage, title: text.title, tasks: { external: [...text.external], internal: [...text.internal] } } as unknown as Stage;
  });
}

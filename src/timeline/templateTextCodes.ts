/**
 * The texts of built-in plan templates as message codes, so a locale holds
 * them beside every other template: `template/<template id>/title`,
 * `template/<template id>/<stage id>/title`, and the stage's tasks as lines
 * of `…/external` and `…/internal`. Internal module.
 */

/** Texts of templates as a catalogue keys them: title, and per stage its title and tasks. */
export interface TemplateTextsShape {
  readonly [templateId: string]: {
    readonly title: string;
    readonly stages: { readonly [stageId: string]: { readonly title: string; readonly external: readonly string[]; readonly internal: readonly string[] } };
  };
}

/** The code of a template's text. */
export function templateTextCode(templateId: string, stageId: string | undefined, part: "title" | "external" | "internal"): string {
  return stageId === undefined ? `template/${templateId}/${part}` : `template/${templateId}/${stageId}/${part}`;
}

/** Every text of `texts` by its code; task lists are lines. */
export function templateTextCodes(texts: TemplateTextsShape): Record<string, string> {
  const coded: Record<string, string> = {};
  for (const [templateId, template] of Object.entries(texts)) {
    coded[templateTextCode(templateId, undefined, "title")] = template.title;
    for (const [stageId, stage] of Object.entries(template.stages)) {
      coded[templateTextCode(templateId, stageId, "title")] = stage.title;
      coded[templateTextCode(templateId, stageId, "external")] = stage.external.join("\n");
      coded[templateTextCode(templateId, stageId, "internal")] = stage.internal.join("\n");
    }
  }
  return coded;
}

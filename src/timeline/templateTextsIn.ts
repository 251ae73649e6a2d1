/**
 * The texts of a template in a locale. A template's texts are its own, in the
 * language its author wrote them in; the library translates only the texts it
 * wrote itself: a title or a stage whose English text is that of the built-in
 * template with the same id (and stage id) takes the locale's text. So the
 * built-in templates, and templates made from them that keep their wording,
 * schedule in Traditional Chinese, while a school's own stages keep its words.
 * Internal module.
 */
import type { Locale } from "../text/locale.js";
import type { CompiledTemplate } from "./compiledTemplate.js";
import { templateTextsByLocale } from "./message.js";
import type { TemplateTextsCatalogue } from "./messages.js";
import type { Tasks } from "./planTemplate.js";

/** A template's title and its stages' titles and tasks, in the template's order. */
export interface TextsIn {
  readonly title: string;
  readonly stages: readonly { readonly title: string; readonly tasks: Tasks }[];
}

interface StageTexts {
  readonly title: string;
  readonly external: readonly string[];
  readonly internal: readonly string[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

const cache = new WeakMap<CompiledTemplate, Map<Locale, TextsIn>>();

function translate(compiled: CompiledTemplate, locale: Locale): TextsIn {
  const { template } = compiled;
  const id = template.id as keyof TemplateTextsCatalogue;
  const english = Object.hasOwn(templateTextsByLocale.en, id) ? templateTextsByLocale.en[id] : undefined;
  const local = english === undefined ? undefined : templateTextsByLocale[locale][id];
  const stageText = (texts: typeof english, stageId: string): StageTexts | undefined =>
    texts !== undefined && Object.hasOwn(texts.stages, stageId) ? (texts.stages as Record<string, StageTexts>)[stageId] : undefined;
  return Object.freeze({
    title: english !== undefined && local !== undefined && english.title === template.title ? local.title : template.title,
    stages: Object.freeze(
      template.stages.map((stage) => {
        const from = stageText(english, stage.id);
        const to = stageText(local, stage.id);
        if (from === undefined || to === undefined) return { title: stage.title, tasks: stage.tasks };
        const sameTasks = sameList(from.external, stage.tasks.external) && sameList(from.internal, stage.tasks.internal);
        return Object.freeze({
          title: from.title === stage.title ? to.title : stage.title,
          tasks: sameTasks ? Object.freeze({ external: Object.freeze([...to.external]), internal: Object.freeze([...to.internal]) }) as Tasks : stage.tasks,
        });
      }),
    ),
  });
}

/**
 * The texts of `compiled` in `locale`, built once per template and locale;
 * `undefined` in English, where a template's texts are its own.
 */
export function textsIn(compiled: CompiledTemplate, locale: Locale): TextsIn | undefined {
  if (locale === "en") return undefined;
  let byLocale = cache.get(compiled);
  if (byLocale === undefined) {
    byLocale = new Map();
    cache.set(compiled, byLocale);
  }
  let texts = byLocale.get(locale);
  if (texts === undefined) {
    texts = translate(compiled, locale);
    byLocale.set(locale, texts);
  }
  return texts;
}

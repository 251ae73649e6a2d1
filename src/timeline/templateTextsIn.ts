/**
 * The texts of a template in a locale. A template's texts are its own, in the
 * language its author wrote them in; the library translates only the texts it
 * wrote itself: a title or a stage whose English text is that of the built-in
 * template with the same id (and stage id) takes the locale's text, read from
 * the locale's messages under the codes of {@link templateTextCode} (a task
 * list is its tasks as lines), and stays English where the locale has none.
 * So the built-in templates, and templates made from them that keep their
 * wording, schedule in any language a locale provides, while a school's own
 * stages keep its words. Nothing is kept between calls: a locale is the
 * caller's object, and what it says may change. Internal module.
 */
import type { Locale } from "../text/locale.js";
import type { CompiledTemplate } from "./compiledTemplate.js";
import { templateTexts } from "./messages.js";
import type { Tasks } from "./planTemplate.js";
import { templateTextCode } from "./templateTextCodes.js";

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

/** The locale's own text of `code`, or `undefined` when it has none. */
function ownText(locale: Locale, code: string): string | undefined {
  const messages: unknown = locale.messages;
  if (typeof messages !== "object" || messages === null || !Object.hasOwn(messages, code)) return undefined;
  const text = (messages as Record<string, unknown>)[code];
  return typeof text === "string" ? text : undefined;
}

/** Lines of a task list as a locale writes it: one task a line, none for an empty text. */
function tasksOf(text: string): readonly string[] {
  return Object.freeze(text.length === 0 ? [] : text.split("\n"));
}

/**
 * The texts of `compiled` in `locale`, or `undefined` for a template that
 * is not built into the library (its texts are its own in every language).
 */
export function textsIn(compiled: CompiledTemplate, locale: Locale): TextsIn | undefined {
  const { template } = compiled;
  const id = template.id;
  if (!Object.hasOwn(templateTexts, id)) return undefined;
  const english = templateTexts[id as keyof typeof templateTexts];
  const stages = english.stages as Readonly<Record<string, StageTexts>>;
  const text = (stageId: string | undefined, part: "title" | "external" | "internal") => ownText(locale, templateTextCode(id, stageId, part));
  return Object.freeze({
    title: english.title === template.title ? (text(undefined, "title") ?? template.title) : template.title,
    stages: Object.freeze(
      template.stages.map((stage) => {
        const from = Object.hasOwn(stages, stage.id) ? stages[stage.id] : undefined;
        if (from === undefined) return Object.freeze({ title: stage.title, tasks: stage.tasks });
        const sameTasks = sameList(from.external, stage.tasks.external) && sameList(from.internal, stage.tasks.internal);
        const external = sameTasks ? text(stage.id, "external") : undefined;
        const internal = sameTasks ? text(stage.id, "internal") : undefined;
        const tasks: Tasks =
          external === undefined && internal === undefined
            ? stage.tasks
            : Object.freeze({
                external: external === undefined ? stage.tasks.external : tasksOf(external),
                internal: internal === undefined ? stage.tasks.internal : tasksOf(internal),
              }) as Tasks;
        return Object.freeze({ title: from.title === stage.title ? (text(stage.id, "title") ?? stage.title) : stage.title, tasks });
      }),
    ),
  });
}

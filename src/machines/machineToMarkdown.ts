import { isolate } from "../text/isolate.js";
import { renderMarkdownTable } from "../text/table.js";
import type { Guard, Machine, StateConfig } from "./defineMachine.js";
import { optionsLocale } from "../diagnostics/localizeDiagnostics.js";
import type { Locale } from "../text/locale.js";
import { machineList, machineMessage } from "./message.js";
import { toMermaid } from "./toMermaid.js";

/**
 * Options of {@link machineToMarkdown}.
 *
 * @example
 * ```ts
 * import type { MachineToMarkdownOptions } from "collegiate/machines";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: MachineToMarkdownOptions = { headingLevel: 3, locale: zhHant };
 * ```
 */
export interface MachineToMarkdownOptions {
  /** The level of the page's first heading; 2 by default. */
  readonly headingLevel?: number;
  /** The language of the page's headings: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own. The machine's own descriptions stay as written. */
  readonly locale?: Locale;
}

/**
 * A Markdown page describing a machine, generated from its definition: its
 * description, its Mermaid diagram (a ```` ```mermaid ```` block), its states
 * with what each means, its events, and its guards with what each requires.
 * The documentation's machine pages are generated with it.
 *
 * @param machine - The machine.
 * @param options - The level of the page's first heading, and the language of the headings.
 * @returns Markdown.
 * @throws `InvalidInputError` when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { machineToMarkdown, peerCoachingMachine } from "collegiate/machines";
 *
 * const page = machineToMarkdown(peerCoachingMachine);
 * page.includes("stateDiagram-v2"); // true: the diagram, in a mermaid code block
 * ```
 */
export function machineToMarkdown(machine: Machine, options: MachineToMarkdownOptions = {}): string {
  const locale = optionsLocale(options);
  const text = (key: Parameters<typeof machineMessage>[1]) => machineMessage(locale, key);
  const headingLevel = options.headingLevel ?? 2;
  const hashes = (extra: number) => "#".repeat(Math.min(6, headingLevel + extra));
  const states = machine.states as Record<string, StateConfig<string, string, string, string>>;
  const guards = Object.entries((machine.guards ?? {}) as Record<string, Guard<unknown, unknown>>);
  const stateRows = machine.stateNames.map((name) => {
    const state = states[name];
    const marks = [
      ...(name === machine.initial ? [text("markdown-initial")] : []),
      ...(state?.final === true ? [text("markdown-final")] : []),
    ];
    const code = `\`${isolate(name)}\``;
    return { name: marks.length > 0 ? machineMessage(locale, "markdown-marked", { name: code, marks: machineList(locale, marks) }) : code, meaning: state?.description ?? "" };
  });
  const sections = [
    `${hashes(0)} \`${isolate(machine.id)}\``,
    ...(machine.description === undefined ? [] : [isolate(machine.description)]),
    ["```mermaid", toMermaid(machine), "```"].join("\n"),
    `${hashes(1)} ${text("markdown-states")}`,
    renderMarkdownTable(stateRows, [
      { header: text("markdown-state"), cell: (row) => row.name },
      { header: text("markdown-meaning"), cell: (row) => row.meaning },
    ]),
    `${hashes(1)} ${text("markdown-events")}`,
    machine.eventTypes.map((type) => `\`${isolate(type)}\``).join(", "),
  ];
  if (guards.length > 0) {
    sections.push(
      `${hashes(1)} ${text("markdown-guards")}`,
      renderMarkdownTable(guards, [
        { header: text("markdown-guard"), cell: ([name]) => `\`${isolate(name)}\`` },
        { header: text("markdown-requires"), cell: ([, guard]) => guard.description },
      ]),
    );
  }
  return `${sections.join("\n\n")}\n`;
}

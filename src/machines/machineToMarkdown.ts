import { renderMarkdownTable } from "../text/table.js";
import type { Guard, Machine, StateConfig } from "./defineMachine.js";
import { machineMessages } from "./messages.js";
import { toMermaid } from "./toMermaid.js";

/**
 * A Markdown page describing a machine, generated from its definition: its
 * description, its Mermaid diagram (a ```` ```mermaid ```` block), its states
 * with what each means, its events, and its guards with what each requires.
 * The documentation's machine pages are generated with it.
 *
 * @param machine - The machine.
 * @param headingLevel - The level of the page's first heading (default 2).
 * @returns Markdown.
 *
 * @example
 * ```ts
 * import { machineToMarkdown, peerCoachingMachine } from "collegiate/machines";
 *
 * const page = machineToMarkdown(peerCoachingMachine);
 * page.includes("stateDiagram-v2"); // true: the diagram, in a mermaid code block
 * ```
 */
export function machineToMarkdown(machine: Machine, headingLevel = 2): string {
  const hashes = (extra: number) => "#".repeat(Math.min(6, headingLevel + extra));
  const states = machine.states as Record<string, StateConfig<string, string, string, string>>;
  const guards = Object.entries((machine.guards ?? {}) as Record<string, Guard<unknown, unknown>>);
  const stateRows = machine.stateNames.map((name) => {
    const state = states[name];
    const marks = [
      ...(name === machine.initial ? [machineMessages["markdown-initial"]] : []),
      ...(state?.final === true ? [machineMessages["markdown-final"]] : []),
    ];
    return { name: `\`${name}\`${marks.length > 0 ? ` (${marks.join(", ")})` : ""}`, meaning: state?.description ?? "" };
  });
  const sections = [
    `${hashes(0)} \`${machine.id}\``,
    ...(machine.description === undefined ? [] : [machine.description]),
    ["```mermaid", toMermaid(machine), "```"].join("\n"),
    `${hashes(1)} ${machineMessages["markdown-states"]}`,
    renderMarkdownTable(stateRows, [
      { header: machineMessages["markdown-state"], cell: (row) => row.name },
      { header: machineMessages["markdown-meaning"], cell: (row) => row.meaning },
    ]),
    `${hashes(1)} ${machineMessages["markdown-events"]}`,
    machine.eventTypes.map((type) => `\`${type}\``).join(", "),
  ];
  if (guards.length > 0) {
    sections.push(
      `${hashes(1)} ${machineMessages["markdown-guards"]}`,
      renderMarkdownTable(guards, [
        { header: machineMessages["markdown-guard"], cell: ([name]) => `\`${name}\`` },
        { header: machineMessages["markdown-requires"], cell: ([, guard]) => guard.description },
      ]),
    );
  }
  return `${sections.join("\n\n")}\n`;
}

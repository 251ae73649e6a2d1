import type { Machine, StateConfig, TransitionConfig } from "./defineMachine.js";

/** Mermaid state ids allow letters, digits and underscores. */
function mermaidId(state: string): string {
  return state.replace(/[^A-Za-z0-9_]/g, "_");
}

function escapeLabel(text: string): string {
  return text.replace(/[:;#]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * A Mermaid `stateDiagram-v2` of the machine, drawn from its definition:
 * every state (named in words), every transition labelled with its event and
 * the guards it needs in brackets, the initial state, and the final states.
 * The documentation's diagrams are generated with it, so they cannot drift.
 *
 * @param machine - The machine.
 * @returns Mermaid source.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineMachine, toMermaid } from "collegiate/machines";
 *
 * const lamp = defineMachine({
 *   id: "lamp",
 *   context: z.object({}),
 *   events: z.discriminatedUnion("type", [
 *     z.object({ type: z.literal("toggle"), at: z.string() }),
 *     z.object({ type: z.literal("unplug"), at: z.string() }),
 *   ]),
 *   initial: "off",
 *   states: {
 *     off: { on: { toggle: { target: "on" }, unplug: { target: "unplugged" } } },
 *     on: { on: { toggle: { target: "off" } } },
 *     unplugged: { final: true },
 *   },
 * });
 * console.log(toMermaid(lamp));
 * // stateDiagram-v2
 * //   state "off" as off
 * //   …
 * //   [*] --> off
 * //   off --> on: toggle
 * //   …
 * //   unplugged --> [*]
 * ```
 */
export function toMermaid(machine: Machine): string {
  const lines = ["stateDiagram-v2"];
  const states = machine.states as Record<string, StateConfig<string, string, string, string>>;
  for (const name of machine.stateNames) lines.push(`  state "${escapeLabel(name.replace(/-/g, " "))}" as ${mermaidId(name)}`);
  lines.push(`  [*] --> ${mermaidId(machine.initial)}`);
  for (const name of machine.stateNames) {
    const on = (states[name]?.on ?? {}) as Record<string, TransitionConfig<string, string, string> | readonly TransitionConfig<string, string, string>[]>;
    for (const [event, declared] of Object.entries(on)) {
      const list = Array.isArray(declared) ? declared : [declared];
      for (const candidate of list as TransitionConfig<string, string, string>[]) {
        const conditions = [...(candidate.when === undefined ? [] : [`when ${candidate.when}`]), ...(candidate.guards ?? [])];
        const guards = conditions.length === 0 ? "" : ` [${conditions.join(", ")}]`;
        lines.push(`  ${mermaidId(name)} --> ${mermaidId(candidate.target ?? name)}: ${escapeLabel(event)}${guards}`);
      }
    }
  }
  for (const name of machine.stateNames) {
    if (states[name]?.final === true) lines.push(`  ${mermaidId(name)} --> [*]`);
  }
  return lines.join("\n");
}

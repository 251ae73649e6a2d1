/**
 * The machine diagrams page, docs/guides/machine-diagrams.md, is generated
 * from the built-in machines' definitions: this test fails when the committed
 * page differs. After changing a machine, regenerate it with
 *
 *   npx vitest run --config test/vitest.config.ts test/machines/machineToMarkdown -u
 */
import { fileURLToPath } from "node:url";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  classroomVisitMachine,
  defineMachine,
  learningCommunityMachine,
  machineToMarkdown,
  peerCoachingMachine,
  sharingActivityMachine,
  toMermaid,
} from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

const pagePath = fileURLToPath(new URL("../../docs/guides/machine-diagrams.md", import.meta.url));
const builtIn = [sharingActivityMachine, classroomVisitMachine, peerCoachingMachine, learningCommunityMachine];

describe("machineToMarkdown", () => {
  it("gives the diagram, the states with their meaning, the events and the guards", () => {
    const page = machineToMarkdown(bookingMachine);
    expect(page.startsWith("## `room-booking`\n\nA room booked for a meeting.\n\n```mermaid\n")).toBe(true);
    expect(page).toContain(toMermaid(bookingMachine));
    expect(page).toContain("| `requested` (initial) | Asked for, not yet confirmed. |");
    expect(page).toContain("| `used` (final) |  |");
    expect(page).toContain("`name-room`, `confirm`, `cancel`, `use`");
    expect(page).toContain("| `roomNamed` | a room is named |");
    expect(machineToMarkdown(bookingMachine, { headingLevel: 3 }).startsWith("### `room-booking`")).toBe(true);
  });

  it("is the committed docs/guides/machine-diagrams.md, so the diagrams cannot drift from the machines", async () => {
    const page = [
      "---",
      "title: Machine diagrams",
      "---",
      "",
      "# Machine diagrams",
      "",
      "Every built-in machine of `collegiate/machines`, generated from its definition with `machineToMarkdown`: the diagram, the states, the events and the guards. Guards in brackets must pass; `when` conditions choose between transitions of one event.",
      "",
      ...builtIn.map((machine) => machineToMarkdown(machine)),
    ].join("\n");
    await expect(page).toMatchFileSnapshot(pagePath);
  });
});

describe("machineToMarkdown: a machine with no description and no guards", () => {
  const lamp = defineMachine({
    id: "lamp",
    context: z.object({}),
    events: z.discriminatedUnion("type", [z.object({ type: z.literal("toggle"), at: z.string() })]),
    initial: "off",
    states: { off: { on: { toggle: { target: "on" } } }, on: { on: { toggle: { target: "off" } } } },
  });

  it("goes from the heading straight to the diagram, and ends with the events", () => {
    const page = machineToMarkdown(lamp);
    expect(page.startsWith("## `lamp`\n\n```mermaid\n")).toBe(true);
    expect(page.endsWith("### Events\n\n`toggle`\n")).toBe(true);
    expect(page).not.toContain("Guards");
  });

  it("writes the headings in Traditional Chinese, at the level asked for, never deeper than six", () => {
    const page = machineToMarkdown(lamp, { headingLevel: 6, locale: zhHant });
    expect(page.startsWith("###### `lamp`\n")).toBe(true);
    expect(page).toContain("###### 狀態\n\n| 狀態 | 意思 |");
    expect(page).toContain("| `off`（初始） |  |");
    expect(page.endsWith("###### 事件\n\n`toggle`\n")).toBe(true);
  });
});

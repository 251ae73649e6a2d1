import { describe, expect, it } from "vitest";
import { toMermaid } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

describe("toMermaid", () => {
  it("draws every state, transition with its guards, the start and the ends", () => {
    const lines = toMermaid(bookingMachine).split("\n");
    expect(lines[0]).toBe("stateDiagram-v2");
    expect(lines).toContain('  state "requested" as requested');
    expect(lines).toContain("  [*] --> requested");
    expect(lines).toContain("  requested --> requested: name-room");
    expect(lines).toContain("  requested --> confirmed: confirm [roomNamed]");
    expect(lines).toContain("  confirmed --> cancelled: cancel [reasonGiven, lateWarning]");
    expect(lines).toContain("  used --> [*]");
    expect(lines).toContain("  cancelled --> [*]");
    // One line per declared transition: 3 from requested, 2 from confirmed.
    expect(lines.filter((line) => / --> (?!\[\*\])/.test(line) && !line.includes("[*] -->"))).toHaveLength(5);
  });

  it("turns state names into valid Mermaid ids and keeps the words as labels", () => {
    expect(toMermaid(bookingMachine)).not.toMatch(/--> [^\s:]*-[^\s:]*:/);
  });
});

import { describe, expect, it } from "vitest";
import { exitCodeOf, jsonText, lines } from "../../src/cli/output.js";

describe("output helpers", () => {
  it("exit with 1 only for findings of error severity", () => {
    expect(exitCodeOf([{ ruleId: "x/y", severity: "warning", code: "x/y", params: {}, message: "w", path: [] }])).toBe(0);
    expect(exitCodeOf([{ ruleId: "x/y", severity: "error", code: "x/y", params: {}, message: "e", path: [] }])).toBe(1);
  });

  it("end text with one line break", () => {
    expect(lines("a\n\n")).toBe("a\n");
    expect(lines("")).toBe("");
    expect(jsonText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});

import { describe, expect, it } from "vitest";
import { describeProblem, UnusableInput } from "../../src/cli/unusable.js";

describe("UnusableInput", () => {
  it("names the file and the path inside it, as compilers do", () => {
    expect(describeProblem({ source: "harbour.calendar.json", path: ["terms", 0, "end"], message: "The term ends before it starts." })).toBe(
      "harbour.calendar.json: terms.0.end: The term ends before it starts.",
    );
    expect(describeProblem({ source: "--as-of", path: [], message: "expected a day" })).toBe("--as-of: expected a day");
  });

  it("keeps only the errors of a file that had to be valid", () => {
    const error = UnusableInput.fromDiagnostics("t.json", [
      { ruleId: "x/a", severity: "error", code: "x/a", params: {}, message: "Broken.", path: ["a"] },
      { ruleId: "x/b", severity: "warning", code: "x/b", params: {}, message: "Odd.", path: ["b"] },
    ]);
    expect(error.problems).toEqual([{ source: "t.json", path: ["a"], message: "Broken." }]);
    expect(error.message).toBe("t.json: a: Broken.");
  });
});

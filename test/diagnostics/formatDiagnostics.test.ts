import { describe, expect, it } from "vitest";
import { formatDiagnostics, type Diagnostic } from "../../src/diagnostics/index.js";

const focus: Diagnostic = {
  ruleId: "lnct/focus-agreed-before-visit",
  severity: "error",
  code: "school/focus-agreed-before-visit",
  params: {},
  message: "Focus areas were not agreed before the visit.",
  path: ["focus"],
  source: { document: "lnct-agreement", clause: "A3" },
  hint: "Agree the focus with the class teacher.",
};
const late: Diagnostic = { ruleId: "timeline/late", severity: "warning", code: "school/late", params: { days: 3 }, message: "S4 is late | by 3 days.", path: [] };

describe("formatDiagnostics", () => {
  it("says so when there is nothing to report", () => {
    expect(formatDiagnostics([])).toBe("No problems found.");
  });

  it("renders errors first for a terminal, with clause, hint and counts", () => {
    expect(formatDiagnostics([late, focus]).split("\n")).toEqual([
      "✖ error  focus  lnct/focus-agreed-before-visit",
      "  Focus areas were not agreed before the visit.",
      "  A3, LNCT Agreement on Sharing Classroom Experience",
      "  hint: Agree the focus with the class teacher.",
      "⚠ warning  (input)  timeline/late",
      "  S4 is late | by 3 days.",
      "",
      "1 error, 1 warning, 0 notes",
    ]);
  });

  it("renders a Markdown table with escaped cells", () => {
    const markdown = formatDiagnostics([late, focus], { format: "markdown" }).split("\n");
    expect(markdown[0]).toBe("| Severity | Rule | Where | Finding | Clause |");
    expect(markdown[2]).toContain("| error | `lnct/focus-agreed-before-visit` | `focus` |");
    expect(markdown[3]).toContain("S4 is late \\| by 3 days.");
    expect(markdown.at(-1)).toBe("1 error, 1 warning, 0 notes");
  });
});

import { describe, expect, it } from "vitest";
import { Findings } from "../../src/agreement/findings.js";

const reporter = { id: "lnct/focus-agreed-before-visit", source: { document: "lnct-agreement" as const, clause: "A3" } };

describe("Findings", () => {
  it("builds diagnostics from catalogue templates, under the base path, at the severity given", () => {
    const findings = new Findings();
    findings.start(reporter, "warning", ["visits", 2], true);
    findings.breach(["focus"], "focus-missing", { visitDay: "2027-03-18" });
    expect(findings.diagnostics).toEqual([
      {
        ruleId: "lnct/focus-agreed-before-visit",
        severity: "warning",
        code: "agreement/focus-missing",
        params: { visitDay: "2027-03-18" },
        message: "Focus areas and feedback arrangements were not agreed before the visit on 2027-03-18.",
        path: ["visits", 2, "focus"],
        source: { document: "lnct-agreement", clause: "A3" },
        hint: "Agree the areas of focus and how feedback will be given before the visit.",
      },
    ]);
  });

  it("drops missing records when no record is demanded (a peer visit), but never a breach", () => {
    const findings = new Findings();
    findings.start(reporter, "error", [], false);
    findings.missing(["focus"], "focus-missing", { visitDay: "2027-03-18" });
    expect(findings.diagnostics).toEqual([]);
    findings.breach(["focus", "agreedOn"], "focus-late", { agreedOn: "2027-03-19", visitDay: "2027-03-18" });
    expect(findings.diagnostics.map((d) => d.path)).toEqual([["focus", "agreedOn"]]);
  });

  it("refuses to report before a rule starts, and shows a template's missing value as its placeholder", () => {
    expect(() => new Findings().breach([], "date-missing")).toThrow("Findings.start");
    const findings = new Findings();
    findings.start(reporter, "error", [], true);
    findings.breach([], "focus-missing");
    expect(findings.diagnostics[0]?.message).toContain("{visitDay}");
  });
});

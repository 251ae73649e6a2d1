import { beforeAll, describe, expect, it } from "vitest";
import { validateVisit } from "../../src/agreement/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { collegiateMatchers, toHaveDiagnostic } from "../../src/vitest/index.js";

const late: Diagnostic = {
  ruleId: "lnct/focus-agreed-before-visit",
  severity: "error",
  code: "test/focus-late",
  params: { agreedOn: "2027-03-19", visit: "2027-03-18" },
  message: "Focus areas and feedback arrangements were agreed on 2027-03-19, after the visit on 2027-03-18.",
  path: ["focus", "agreedOn"],
  source: { document: "lnct-agreement", clause: "A3" },
};
const noActivePart: Diagnostic = { ruleId: "lnct/active-part-offered", severity: "warning", code: "test/no-active-part", params: {}, message: "The visitor was not offered an active part in the lesson.", path: ["activePartOffered"] };

beforeAll(() => {
  expect.extend(collegiateMatchers);
});

describe("toHaveDiagnostic", () => {
  it("finds a rule id in a list of diagnostics, a result, or anything with diagnostics", () => {
    expect([late, noActivePart]).toHaveDiagnostic("lnct/active-part-offered");
    expect({ ok: false, diagnostics: [late] }).toHaveDiagnostic("lnct/focus-agreed-before-visit");
    expect({ stages: [], diagnostics: [noActivePart] }).not.toHaveDiagnostic("lnct/focus-agreed-before-visit");
    expect([]).not.toHaveDiagnostic("lnct/focus-agreed-before-visit");
  });

  it("also matches the severity and the exact path when given", () => {
    expect([late]).toHaveDiagnostic("lnct/focus-agreed-before-visit", { severity: "error", path: ["focus", "agreedOn"] });
    expect([late]).not.toHaveDiagnostic("lnct/focus-agreed-before-visit", { severity: "warning" });
    expect([late]).not.toHaveDiagnostic("lnct/focus-agreed-before-visit", { path: ["focus"] });
    expect([{ ...late, path: [] }]).toHaveDiagnostic("lnct/focus-agreed-before-visit", { path: [] });
  });

  it("also matches the message code when given, whatever the language of the message", () => {
    expect([late]).toHaveDiagnostic("lnct/focus-agreed-before-visit", { code: "test/focus-late" });
    expect([late]).not.toHaveDiagnostic("lnct/focus-agreed-before-visit", { code: "test/other" });
    expect([{ ...late, message: "另一種語言。" }]).toHaveDiagnostic("lnct/focus-agreed-before-visit", { code: "test/focus-late", severity: "error" });
    expect(() => expect([late]).toHaveDiagnostic("lnct/focus-agreed-before-visit", { code: "test/other" })).toThrow(
      "Expected a diagnostic lnct/focus-agreed-before-visit with message code test/other, but found:",
    );
  });

  it("works on a real result of the library", () => {
    const result = validateVisit({
      observedTeacher: { id: "t-wong" },
      visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }],
      observation: { notes: "tick-box" },
    });
    expect(result).toHaveDiagnostic("lnct/no-grades-or-tick-boxes", { path: ["observation", "notes"] });
  });

  it("lists the diagnostics found when no diagnostic matches", () => {
    // The list is formatDiagnostics' rendering: symbol, path, rule id, message, clause; then the count.
    expect(() => expect([late]).toHaveDiagnostic("lnct/purpose-shared", { severity: "error" })).toThrow(
      [
        "Expected a diagnostic lnct/purpose-shared of severity error, but found:",
        "✖ error  focus.agreedOn  lnct/focus-agreed-before-visit",
        "  Focus areas and feedback arrangements were agreed on 2027-03-19, after the visit on 2027-03-18.",
        "  A3, LNCT Agreement on Sharing Classroom Experience",
        "",
        "1 error, 0 warnings, 0 notes",
      ].join("\n"),
    );
    expect(() => expect([]).toHaveDiagnostic("x/y", { path: [] })).toThrow("Expected a diagnostic x/y at (input), but found:\nNo problems found.");
    expect(() => expect([noActivePart]).toHaveDiagnostic("lnct/active-part-offered", { path: ["focus", "agreedOn"] })).toThrow(
      "Expected a diagnostic lnct/active-part-offered at focus.agreedOn, but found:",
    );
  });

  it("lists only the matching diagnostics when negated", () => {
    expect(() => expect([late, noActivePart]).not.toHaveDiagnostic("lnct/active-part-offered")).toThrow(
      [
        "Expected no diagnostic lnct/active-part-offered, but found:",
        "⚠ warning  activePartOffered  lnct/active-part-offered",
        "  The visitor was not offered an active part in the lesson.",
        "",
        "0 errors, 1 warning, 0 notes",
      ].join("\n"),
    );
  });

  it("fails with an explanation on a value without diagnostics", () => {
    expect(() => expect({ ok: true }).toHaveDiagnostic("x/y")).toThrow(
      "Expected a list of diagnostics, or a value with diagnostics (a result, a timeline, a feedback summary), but received an object with keys ok.",
    );
    expect(() => expect([{ ruleId: "x/y" }]).toHaveDiagnostic("x/y")).toThrow(/received an array of 1/);
    expect(() => expect(null).not.toHaveDiagnostic("x/y")).not.toThrow();
  });

  it("needs no vitest: a plain call gives the verdict and the message", () => {
    const verdict = toHaveDiagnostic.call({}, [late], "lnct/focus-agreed-before-visit");
    expect(verdict.pass).toBe(true);
    expect(verdict.message()).toMatch(/^Expected no diagnostic lnct\/focus-agreed-before-visit, but found:\n✖ error/);
  });
});

import { describe, expect, it } from "vitest";
import {
  DiagnosticSchema,
  hasErrors,
  InvalidInputError,
  sourceDocuments,
  SourceDocumentIdSchema,
  SourceRefSchema,
} from "../../src/diagnostics/index.js";

describe("hasErrors", () => {
  it("is true only when an error is present", () => {
    const warning = { ruleId: "a/b", severity: "warning" as const, code: "school/b", params: {}, message: "m", path: [] };
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, { ...warning, severity: "error" }])).toBe(true);
  });
});

describe("source documents", () => {
  it("lists exactly the documents the schema accepts", () => {
    expect(Object.keys(sourceDocuments).sort()).toEqual([...SourceDocumentIdSchema.options].sort());
  });

  it("accepts clause ids of the domain file only", () => {
    expect(SourceRefSchema.safeParse({ document: "lnct-agreement", clause: "A0" }).success).toBe(true);
    expect(SourceRefSchema.safeParse({ document: "lnct-agreement", clause: "A10" }).success).toBe(false);
    expect(SourceRefSchema.safeParse({ document: "unknown", clause: "A1" }).success).toBe(false);
  });
});

describe("InvalidInputError", () => {
  it("lists every problem with its path in the message", () => {
    const error = new InvalidInputError("plan", [
      { ruleId: "schema/x", severity: "error", code: "school/x", params: {}, message: "First.", path: ["a", 0] },
      { ruleId: "schema/y", severity: "error", code: "school/y", params: {}, message: "Second.", path: [] },
    ]);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe("InvalidInputError");
    expect(error.message).toBe("Invalid plan: 2 problems\n  - a.0: First.\n  - Second.");
  });
});

describe("DiagnosticSchema", () => {
  it("requires a code shaped namespace/key and parameters of text and numbers", () => {
    const diagnostic = { ruleId: "schema/x", severity: "error", code: "calendar/term.name-required", params: { count: 2, day: "2027-03-18" }, message: "m", path: [] };
    expect(DiagnosticSchema.safeParse(diagnostic).success).toBe(true);
    expect(DiagnosticSchema.safeParse({ ...diagnostic, code: "no-namespace" }).success).toBe(false);
    expect(DiagnosticSchema.safeParse({ ...diagnostic, params: { day: true } }).success).toBe(false);
    const { code: _code, ...withoutCode } = diagnostic;
    expect(DiagnosticSchema.safeParse(withoutCode).success).toBe(false);
  });
});

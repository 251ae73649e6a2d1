import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  DiagnosticSchema,
  diagnosticsFromZod,
  hasErrors,
  InvalidInputError,
  sourceDocuments,
  SourceDocumentIdSchema,
  SourceRefSchema,
} from "../../src/diagnostics/index.js";

describe("diagnosticsFromZod", () => {
  it("keeps every issue with its full path and a schema/ rule id", () => {
    const schema = z.object({ visits: z.array(z.object({ day: z.string(), length: z.number() })) });
    const parsed = schema.safeParse({ visits: [{ day: 1, length: 40 }, { day: "x", length: "long" }] });
    expect(parsed.success).toBe(false);
    const diagnostics = diagnosticsFromZod(parsed.error?.issues ?? [], ["plan"]);
    expect(diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ["schema/invalid-type", ["plan", "visits", 0, "day"]],
      ["schema/invalid-type", ["plan", "visits", 1, "length"]],
    ]);
    expect(diagnostics.every((d) => DiagnosticSchema.safeParse(d).success)).toBe(true);
  });

  it("uses the rule id and hint a custom issue carries", () => {
    const schema = z.string().check((ctx) => {
      ctx.issues.push({ code: "custom", input: ctx.value, message: "Too vague.", params: { ruleId: "vague", hint: "Be specific." } });
    });
    const parsed = schema.safeParse("stuff");
    expect(diagnosticsFromZod(parsed.error?.issues ?? [])).toEqual([
      { ruleId: "schema/vague", severity: "error", message: "Too vague.", path: [], hint: "Be specific." },
    ]);
  });
});

describe("hasErrors", () => {
  it("is true only when an error is present", () => {
    const warning = { ruleId: "a/b", severity: "warning" as const, message: "m", path: [] };
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
      { ruleId: "schema/x", severity: "error", message: "First.", path: ["a", 0] },
      { ruleId: "schema/y", severity: "error", message: "Second.", path: [] },
    ]);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe("InvalidInputError");
    expect(error.message).toBe("Invalid plan: 2 problems\n  - a.0: First.\n  - Second.");
  });
});

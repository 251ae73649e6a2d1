import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "../../src/vitest/diagnosticsOf.js";

const finding = { ruleId: "x/y", severity: "info", code: "x/note", params: {}, message: "Note.", path: [] } as const;

describe("diagnosticsOf", () => {
  it("takes a list of diagnostics, or the diagnostics of a value", () => {
    expect(diagnosticsOf([finding])).toEqual([finding]);
    expect(diagnosticsOf([])).toEqual([]);
    expect(diagnosticsOf({ ok: true, value: 1, diagnostics: [finding] })).toEqual([finding]);
  });

  it("finds none in anything else", () => {
    expect(diagnosticsOf([{ ruleId: "x/y" }])).toBeUndefined();
    // A diagnostic without its message code and parameters is not one.
    expect(diagnosticsOf([{ ruleId: "x/y", severity: "info", message: "Note.", path: [] }])).toBeUndefined();
    expect(diagnosticsOf({ diagnostics: "none" })).toBeUndefined();
    expect(diagnosticsOf(null)).toBeUndefined();
    expect(diagnosticsOf("x/y")).toBeUndefined();
  });
});

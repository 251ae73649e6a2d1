import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import * as root from "../../src/index.js";
import { formatDiagnostics } from "../../src/diagnostics/index.js";

describe("collegiate/agreement", () => {
  it("exports every rule of the registry by name, and the same from the root", () => {
    const exported = new Set(Object.values(agreement));
    for (const rule of agreement.agreementRules) expect(exported.has(rule)).toBe(true);
    expect(root.validateVisit).toBe(agreement.validateVisit);
  });

  it("re-exports the shared formatDiagnostics rather than a second one", () => {
    expect(agreement.formatDiagnostics).toBe(formatDiagnostics);
    expect(root.formatDiagnostics).toBe(formatDiagnostics);
  });
});

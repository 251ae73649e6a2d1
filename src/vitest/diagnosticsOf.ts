/**
 * The diagnostics a received value carries: a list of diagnostics itself, or
 * the `diagnostics` of a result, a timeline or a feedback summary. Internal
 * module.
 */
import { DiagnosticSchema, type Diagnostic } from "../diagnostics/diagnostic.js";

function isDiagnosticList(value: unknown): value is Diagnostic[] {
  return Array.isArray(value) && value.every((item) => DiagnosticSchema.safeParse(item).success);
}

/** The diagnostics of `received`, or `undefined` when it has none to look at. */
export function diagnosticsOf(received: unknown): readonly Diagnostic[] | undefined {
  if (isDiagnosticList(received)) return received;
  if (typeof received === "object" && received !== null && "diagnostics" in received) {
    const { diagnostics } = received as { diagnostics: unknown };
    if (isDiagnosticList(diagnostics)) return diagnostics;
  }
  return undefined;
}

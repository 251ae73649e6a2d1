import type { z } from "zod";
import type { Diagnostic } from "./diagnostic.js";

/**
 * Parameters a schema in this library attaches to a custom zod issue so that
 * the diagnostic gets a precise rule id (`schema/<ruleId>`) and a hint.
 *
 * @internal
 */
export interface SchemaIssueParams {
  readonly ruleId?: string;
  /** The hint, or a function that writes it when the diagnostic is made (in the language of the parse). */
  readonly hint?: string | (() => string);
}

function kebab(code: string): string {
  return code.replace(/_/g, "-");
}

/**
 * Turns zod issues into diagnostics with `schema/...` rule ids and the path
 * into the input, keeping every issue (not only the first).
 *
 * @param issues - Issues from a failed `safeParse`.
 * @param basePath - Path to prepend, when the parsed value sits inside a larger input.
 * @returns One error diagnostic per issue.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { diagnosticsFromZod } from "collegiate";
 *
 * const parsed = z.object({ name: z.string() }).safeParse({ name: 3 });
 * if (!parsed.success) diagnosticsFromZod(parsed.error.issues)[0]?.ruleId; // "schema/invalid-type"
 * ```
 */
export function diagnosticsFromZod(
  issues: readonly z.core.$ZodIssue[],
  basePath: readonly (string | number)[] = [],
): Diagnostic[] {
  return issues.map((issue) => {
    const params = (issue.code === "custom" ? issue.params : undefined) as
      | SchemaIssueParams
      | undefined;
    const diagnostic: Diagnostic = {
      ruleId: `schema/${params?.ruleId ?? kebab(issue.code)}`,
      severity: "error",
      message: issue.message,
      path: [...basePath, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))],
    };
    const hint = params?.hint;
    return hint === undefined ? diagnostic : { ...diagnostic, hint: typeof hint === "function" ? hint() : hint };
  });
}

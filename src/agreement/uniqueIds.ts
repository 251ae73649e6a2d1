/**
 * A schema check shared by the models: ids listed twice. Internal module.
 */
import type { z } from "zod";
import { schemaIssue } from "../text/templates.js";
import { schemaMessage } from "./schemaText.js";

/**
 * Adds an issue at each item whose id an earlier item already has, under
 * `path` (such as `["schools"]`), and returns the set of ids.
 */
export function checkUniqueIds(
  issues: z.core.$ZodRawIssue[],
  items: readonly { readonly id: string }[],
  path: readonly (string | number)[],
  message: "schema.duplicate-school" | "schema.duplicate-staff",
  ruleId: string,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) {
      issues.push(schemaIssue(schemaMessage(message), { id: item.id }, { ruleId, path: [...path, index, "id"], input: item.id }));
    }
    ids.add(item.id);
  });
  return ids;
}

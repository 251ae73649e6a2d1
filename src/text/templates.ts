/**
 * Finding the English template of a message code. A capability knows its
 * own catalogue and those of the capabilities whose schemas its inputs nest
 * (a timeline's options hold a calendar), and no others, so a bundle carries
 * only the catalogues its imports can report from. Internal module.
 */
import type { Messages } from "./formatMessage.js";

/** The English template of a code, or `undefined` for a code this lookup does not know. */
export type TemplateLookup = (code: string) => string | undefined;

/** A lookup of the codes `namespace/key` of one English catalogue, then of `fallbacks` in turn. */
export function templateLookup(namespace: string, english: Messages<string>, ...fallbacks: readonly TemplateLookup[]): TemplateLookup {
  const prefix = `${namespace}/`;
  return (code) => {
    if (code.startsWith(prefix)) {
      const key = code.slice(prefix.length);
      if (Object.hasOwn(english, key)) return english[key];
    }
    for (const fallback of fallbacks) {
      const found = fallback(code);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

/**
 * A custom zod issue whose message is the library's `code`: the values of
 * its placeholders, a precise rule id and the code of a hint travel in
 * `params`, and the sentence is written when the issue becomes a diagnostic,
 * in the language of that call.
 */
export function schemaIssue(
  code: string,
  values: Readonly<Record<string, string | number>> = {},
  more: { readonly ruleId?: string; readonly hint?: string; readonly path?: readonly PropertyKey[]; readonly input?: unknown } = {},
): { code: "custom"; message: string; params: { values: Readonly<Record<string, string | number>>; ruleId?: string; hint?: string }; path?: PropertyKey[]; input: unknown } {
  return {
    code: "custom",
    message: code,
    params: { values, ...(more.ruleId === undefined ? {} : { ruleId: more.ruleId }), ...(more.hint === undefined ? {} : { hint: more.hint }) },
    ...(more.path === undefined ? {} : { path: [...more.path] }),
    input: more.input,
  };
}

import type { Diagnostic } from "./diagnostic.js";

/**
 * What a function that checks untrusted input returns instead of throwing.
 * `ok` is `true` when no diagnostic has `error` severity; `value` is the parsed
 * input whenever it could be parsed (even when rules then found errors).
 *
 * @typeParam T - The parsed value.
 *
 * @example
 * ```ts
 * import { parsePlainDate, type Result } from "collegiate";
 *
 * const result = parsePlainDate("2027-02-29");
 * if (!result.ok) console.log(result.diagnostics[0]?.message);
 * ```
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly value?: T; readonly diagnostics: readonly Diagnostic[] };

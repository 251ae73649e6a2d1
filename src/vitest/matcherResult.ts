/**
 * What `expect.extend` gives a matcher and expects back, in the shape vitest
 * and jest share.
 *
 * @example
 * ```ts
 * import type { MatcherContext } from "collegiate/vitest";
 *
 * const context: MatcherContext = { isNot: false };
 * ```
 */
export interface MatcherContext {
  /** Whether the assertion is negated with `.not`. */
  readonly isNot?: boolean;
}

/**
 * A matcher's verdict: whether the value passes, and the message shown when
 * the assertion fails (with or without `.not`).
 *
 * @example
 * ```ts
 * import type { MatcherResult } from "collegiate/vitest";
 *
 * const result: MatcherResult = { pass: true, message: () => "Expected no diagnostic x/y, but found: …" };
 * ```
 */
export interface MatcherResult {
  /** Whether the received value satisfies the matcher (before `.not` is applied). */
  readonly pass: boolean;
  /** The explanation shown when the assertion fails. */
  readonly message: () => string;
}

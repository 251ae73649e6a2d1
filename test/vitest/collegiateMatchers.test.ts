import { describe, expect, it } from "vitest";
import { collegiateMatchers, toBeScheduledBefore, toHaveDiagnostic, toSatisfyPolicy } from "../../src/vitest/index.js";

describe("collegiateMatchers", () => {
  it("holds the three matchers under the names expect.extend gives them", () => {
    expect(collegiateMatchers).toEqual({ toSatisfyPolicy, toHaveDiagnostic, toBeScheduledBefore });
    expect(Object.isFrozen(collegiateMatchers)).toBe(true);
  });

  it("works with a jest-style expect.extend that calls matchers with its own context", () => {
    // A stand-in for jest's expect: it calls the matcher with { isNot } and throws the message on failure.
    const extended = (matcher: (this: { isNot: boolean }, received: unknown, ...args: never[]) => { pass: boolean; message: () => string }) =>
      (received: unknown, isNot: boolean, ...args: unknown[]) => {
        const { pass, message } = matcher.call({ isNot }, received, ...(args as never[]));
        if (pass === isNot) throw new Error(message());
      };
    const toHave = extended(collegiateMatchers.toHaveDiagnostic);
    expect(() => toHave([], false, "x/y")).toThrow("Expected a diagnostic x/y, but found:\nNo problems found.");
    expect(() => toHave([], true, "x/y")).not.toThrow();
  });
});

import { describe, expect, it } from "vitest";
import * as vitestEntry from "../../src/vitest/index.js";

describe("collegiate/vitest", () => {
  it("exports the matchers, and nothing else at run time (their wording is not public)", () => {
    expect(Object.keys(vitestEntry).sort()).toEqual(["collegiateMatchers", "toBeScheduledBefore", "toHaveDiagnostic", "toSatisfyPolicy"]);
  });
});

import { describe, expect, it } from "vitest";
import * as vitestEntry from "../../src/vitest/index.js";

describe("collegiate/vitest", () => {
  it("exports the matchers and their catalogue, and nothing else at run time", () => {
    expect(Object.keys(vitestEntry).sort()).toEqual(["collegiateMatchers", "matcherMessages", "toBeScheduledBefore", "toHaveDiagnostic", "toSatisfyPolicy"]);
  });
});

import { describe, expectTypeOf, it } from "vitest";
import type { MatcherContext, MatcherResult } from "../../src/vitest/index.js";

describe("MatcherContext and MatcherResult", () => {
  it("are the shapes vitest and jest share", () => {
    expectTypeOf<{ isNot: boolean; equals: () => boolean }>().toExtend<MatcherContext>();
    expectTypeOf<MatcherResult["message"]>().returns.toBeString();
  });
});

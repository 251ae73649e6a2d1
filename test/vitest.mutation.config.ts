import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// Mutation testing (stryker.config.mjs) runs the unit tests in UTC only: the
// runs under other time zones in vitest.config.ts prove time-zone independence,
// not more behaviour, and would double the time of every mutant.
process.env.TZ = "UTC";

/**
 * The unit tests as the mutation run needs them: one project, in UTC, with the
 * aliases of vitest.config.ts, without type tests (types do not change under a
 * mutant). Tests of the built package (dist/), of the demo run in a child
 * process and of the examples compiled by TypeScript cannot see a mutant in
 * the source and are left out, and so is the fuzz suite, whose seed changes
 * from run to run (a mutant's verdict must not).
 */
const { test: unitTests, ...shared } = base;

export default defineConfig({
  ...shared,
  test: {
    name: "mutation (TZ=UTC)",
    include: ["test/**/*.test.ts"],
    exclude: ["test/package/**", "test/docs/**", "test/examples/**", "test/cli/bin.test.ts", "test/fuzz/**"],
    env: { TZ: "UTC" },
    testTimeout: unitTests?.testTimeout ?? 600_000,
    // As in vitest.config.ts, test files share one module graph per run.
    // Every mutant run starts a new worker, so nothing a mutant changed
    // outlives its run.
    isolate: false,
    typecheck: { enabled: false },
  },
});

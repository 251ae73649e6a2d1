import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Tests whose answers involve calendar days run again under time zones far
 * from UTC (one with daylight saving, one east of UTC), to prove that no
 * result depends on the process time zone.
 */
const dateSensitive = ["test/calendar/**/*.test.ts", "test/timeline/**/*.test.ts"];
const timeZones = ["Asia/Hong_Kong", "America/Sao_Paulo"];

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^collegiate$/, replacement: `${root}src/index.ts` },
      { find: /^collegiate\/locales\/(.*)$/, replacement: `${root}src/locales/$1.ts` },
      { find: /^collegiate\/(.*)$/, replacement: `${root}src/$1/index.ts` },
    ],
  },
  test: {
    // No test measures speed: property tests have bounded run counts, and a
    // test or hook that builds, packs or compiles takes what it takes on a
    // busy two-core machine. The limit only ends a test that hangs, so it is
    // far above any run (every test and hook uses this one; none sets its own).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The library is pure and its caches are keyed by object, so test files
    // may share one module graph per worker: a third of the time, no loss.
    isolate: false,
    // `npm test` measures coverage of the library's sources over every
    // project and fails under these floors (`--coverage` in `test:unit`).
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary", "html"],
      reportsDirectory: "coverage",
      thresholds: { lines: 95, branches: 95 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit (TZ=UTC)",
          include: ["test/**/*.test.ts"],
          env: { TZ: "UTC" },
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "tsconfig.json",
          },
        },
      },
      ...timeZones.map((timeZone) => ({
        extends: true as const,
        test: {
          name: `dates (TZ=${timeZone})`,
          include: dateSensitive,
          env: { TZ: timeZone },
        },
      })),
    ],
  },
});

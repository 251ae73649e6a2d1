import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The browser check of the built docs site (`npm run test:docs`), kept apart
 * from the unit tests: it needs the site built and a Chromium executable.
 */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    name: "docs site",
    include: ["test/site/**/*.browser.ts"],
    // Starting Chromium and parsing Mermaid take seconds on a busy two-core
    // machine; no test measures speed, so the limit only ends a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});

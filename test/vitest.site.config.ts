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
    // Starting Chromium and parsing Mermaid take seconds on a busy two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

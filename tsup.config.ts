import { defineConfig } from "tsup";

/** Every public entry point: the root and one subpath per capability. */
export const entries = {
  index: "src/index.ts",
  "calendar/index": "src/calendar/index.ts",
  "timeline/index": "src/timeline/index.ts",
  "machines/index": "src/machines/index.ts",
  "agreement/index": "src/agreement/index.ts",
  "feedback/index": "src/feedback/index.ts",
} as const;

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  // Shared chunks in both formats, so a class imported through two subpaths is
  // one class (instanceof works whichever entry a user imported it from).
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  external: ["zod", "date-fns", "ts-pattern"],
});

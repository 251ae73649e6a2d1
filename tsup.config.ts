import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { defineConfig } from "tsup";

/** Every public entry point: the root and one subpath per capability. */
export const entries = {
  index: "src/index.ts",
  "calendar/index": "src/calendar/index.ts",
  "timeline/index": "src/timeline/index.ts",
  "machines/index": "src/machines/index.ts",
  "agreement/index": "src/agreement/index.ts",
  "feedback/index": "src/feedback/index.ts",
  "schemas/index": "src/schemas/index.ts",
  "vitest/index": "src/vitest/index.ts",
} as const;

/** The `collegiate` program (the package's `bin`): built with the library, no types, no subpath. */
const programs = { "cli/collegiate": "src/cli/bin.ts" } as const;

/** Writes `dist/schemas/<name>.json` from the built `collegiate/schemas`, for the package's `schemas/*.json` subpaths. */
async function writeJsonSchemas(): Promise<void> {
  const built = (await import(pathToFileURL(`${process.cwd()}/dist/schemas/index.js`).href)) as typeof import("./src/schemas/index.js");
  mkdirSync("dist/schemas", { recursive: true });
  for (const name of built.jsonSchemaNames) {
    writeFileSync(`dist/schemas/${name}.json`, `${JSON.stringify(built.toJSONSchema(name), null, 2)}\n`);
  }
}

/**
 * After a build: the JSON Schema files, and no CommonJS copy of the program
 * (tsup builds every entry in both formats; the `bin` runs the ESM one).
 */
async function afterBuild(): Promise<void> {
  rmSync("dist/cli/collegiate.cjs", { force: true });
  await writeJsonSchemas();
}

export default defineConfig({
  entry: { ...entries, ...programs },
  format: ["esm", "cjs"],
  dts: { entry: entries },
  // Shared chunks in both formats, so a class imported through two subpaths is
  // one class (instanceof works whichever entry a user imported it from).
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  external: ["zod", "date-fns", "ts-pattern", /^node:/],
  onSuccess: afterBuild,
});

import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig, type Options } from "tsup";

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
  "diagnostics/index": "src/diagnostics/index.ts",
  "locales/zh-Hant": "src/locales/zh-Hant.ts",
} as const;

/** Writes `dist/schemas/<name>.json` from the built `collegiate/schemas`, for the package's `schemas/*.json` subpaths. */
async function writeJsonSchemas(): Promise<void> {
  const built = (await import(pathToFileURL(`${process.cwd()}/dist/schemas/index.js`).href)) as typeof import("./src/schemas/index.js");
  mkdirSync("dist/schemas", { recursive: true });
  for (const name of built.jsonSchemaNames) {
    writeFileSync(`dist/schemas/${name}.json`, `${JSON.stringify(built.toJSONSchema(name), null, 2)}\n`);
  }
}

/**
 * Type declarations, one per source module: `.d.ts` beside each ESM file
 * (from `tsc`), and a `.d.cts` copy of each whose relative imports name
 * `.cjs` files, so `require` users get CommonJS types (the CommonJS entries
 * are bundles; their types are the same declarations).
 */
function writeDeclarations(): void {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
  for (const entry of readdirSync("dist", { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8").replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']*)\.js\2/g, "$1$2$3.cjs$2");
    writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), text);
  }
}

/** After the ESM build: declarations, then the JSON Schema files read from the built `collegiate/schemas`. */
async function afterEsm(): Promise<void> {
  writeDeclarations();
  await writeJsonSchemas();
}

const common = {
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  external: ["zod", "date-fns", "ts-pattern", /^node:/],
} satisfies Options;

export default defineConfig([
  {
    // ESM: one file per source module, as date-fns ships. With
    // `"sideEffects": false`, a bundler drops every module an import does not
    // reach, whatever its top-level code; one module per class keeps
    // `instanceof` working whichever subpath a class was imported from.
    ...common,
    entry: ["src/**/*.ts"],
    format: ["esm"],
    bundle: false,
    dts: false,
    clean: false,
    onSuccess: afterEsm,
  },
  {
    // CommonJS: one bundle per entry with shared chunks (a class imported
    // through two subpaths is one class).
    ...common,
    entry: { ...entries },
    format: ["cjs"],
    dts: false,
    splitting: true,
    treeshake: true,
    clean: false,
  },
]);

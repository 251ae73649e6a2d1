/**
 * Size of every public entry point (`npm run size`): each subpath of the
 * package is bundled with esbuild, minified, with its runtime dependencies
 * `zod` and `date-fns` (and the optional peer `vitest`) left external, as an
 * application bundler would share them with the rest of the application; then
 * gzipped. `ts-pattern` is bundled, so its share is counted.
 *
 * The budgets are the `sizeBudgets` field of `package.json`, keyed by subpath:
 * `budget` is the ceiling this command enforces (it exits with 1 over it) and
 * `aim` (optional) the size the project is working towards. Peers bundled the same way
 * are printed for scale.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions } from "esbuild";
import { entries } from "../tsup.config.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A subpath's limits as written in `package.json`: sizes like `"6.2 kB"` (1 kB = 1000 bytes). */
interface SizeBudget {
  readonly budget: string;
  readonly aim?: string;
}

const manifest = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  readonly sizeBudgets?: Readonly<Record<string, SizeBudget>>;
};

/** Reads `"12 kB"`, `"900 B"` as bytes; throws on anything else, naming the field. */
function parseSize(text: string, field: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(B|kB)$/.exec(text.trim());
  if (match === null) {
    throw new Error(`package.json sizeBudgets ${field}: "${text}" is not a size such as "12 kB" or "900 B"`);
  }
  return Number(match[1]) * (match[2] === "kB" ? 1000 : 1);
}

const shared: BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  logLevel: "silent",
  absWorkingDir: root,
  external: ["zod", "zod/*", "date-fns", "date-fns/*", "vitest", "vitest/*", "node:*"],
};

/** Minified and gzipped bytes of one bundle. */
async function measure(options: BuildOptions): Promise<{ readonly minified: number; readonly gzipped: number }> {
  const result = await build({ ...shared, ...options });
  const output = result.outputFiles?.[0];
  if (output === undefined) throw new Error("esbuild produced no output");
  return { minified: output.contents.length, gzipped: gzipSync(output.contents, { level: 9 }).length };
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** `index` → `.`, `calendar/index` → `./calendar`: the subpath a user imports. */
const subpathOf = (entry: string): string => (entry === "index" ? "." : `./${entry.replace(/\/index$/, "")}`);

const budgets = manifest.sizeBudgets ?? {};
const rows: string[][] = [];
const failures: string[] = [];
for (const [entry, source] of Object.entries(entries)) {
  const subpath = subpathOf(entry);
  const { minified, gzipped } = await measure({ entryPoints: [source] });
  const limits = budgets[subpath];
  const importName = `collegiate${subpath.slice(1)}`;
  if (limits === undefined) {
    failures.push(`${importName}: no budget in package.json sizeBudgets["${subpath}"]`);
    rows.push([importName, kB(minified), kB(gzipped), "-", "-", "no budget"]);
    continue;
  }
  const budget = parseSize(limits.budget, `["${subpath}"].budget`);
  const aim = limits.aim === undefined ? undefined : parseSize(limits.aim, `["${subpath}"].aim`);
  const over = gzipped > budget;
  if (over) failures.push(`${importName}: ${kB(gzipped)} gzipped is over its budget of ${kB(budget)}`);
  const status = over
    ? "OVER BUDGET"
    : aim === undefined
      ? "within budget"
      : gzipped <= aim
        ? "within aim"
        : `within budget, ${(gzipped / aim).toFixed(1)}× the aim`;
  rows.push([importName, kB(minified), kB(gzipped), kB(budget), aim === undefined ? "-" : kB(aim), status]);
}

/** Peers, bundled whole with the same settings, for scale. */
const peers = [
  ["zod (runtime dependency, whole)", 'export * from "zod";'],
  ["date-fns (runtime dependency, whole)", 'export * from "date-fns";'],
  ["xstate (peer of collegiate/machines)", 'export * from "xstate";'],
  ["simple-statistics (peer of collegiate/feedback)", 'export * from "simple-statistics";'],
] as const;
const peerRows: string[][] = [];
for (const [name, contents] of peers) {
  const { minified, gzipped } = await measure({ stdin: { contents, resolveDir: root }, external: [] });
  peerRows.push([name, kB(minified), kB(gzipped)]);
}

/** Left-aligned plain-text table. */
function table(header: readonly string[], body: readonly string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

console.log(`collegiate bundle sizes (esbuild ${(await import("esbuild")).version}, minified, gzip level 9; zod and date-fns external)\n`);
console.log(table(["entry", "minified", "gzipped", "budget", "aim", "status"], rows));
console.log(`\nPeers, bundled whole the same way (nothing external):\n`);
console.log(table(["package", "minified", "gzipped"], peerRows));

if (failures.length > 0) {
  console.error(`\n${failures.join("\n")}`);
  process.exitCode = 1;
}

/**
 * What an import costs a user (`npm run size`): the package is packed with
 * `npm pack` and installed into an empty project, then each scenario (a named
 * import, as an application writes it) is bundled from that installed copy
 * with esbuild, minified, and gzipped. `zod` and `date-fns` stay external, as
 * an application bundler shares them with the rest of the application;
 * `ts-pattern` is bundled, so its share is counted. Each scenario is printed a
 * second time with zod bundled too, for an application that uses no zod of its
 * own.
 *
 * The budgets are the `sizeBudgets` field of `package.json`, keyed by scenario:
 * `budget` is the ceiling this command enforces (it exits with 1 over it) and
 * `aim` (optional) the size the project is working towards. Peers bundled the
 * same way, by the same kind of named import, are printed beside them.
 *
 * `npm run build` first (`npm test` does).
 */
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, version as esbuildVersion } from "esbuild";
import { installPacked } from "./packed.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A scenario's limits as written in `package.json`: sizes like `"6.2 kB"` (1 kB = 1000 bytes). */
interface SizeBudget {
  readonly budget: string;
  readonly aim?: string;
}

/** One import a user writes. */
interface Scenario {
  /** The key of its budget in `package.json` `sizeBudgets`. */
  readonly id: string;
  /** The import statement, re-exported so nothing is dropped. */
  readonly code: string;
}

/** What users import, each a named import from the packed package. */
const scenarios: readonly Scenario[] = [
  { id: "calendar", code: 'export { addSchoolDays, defineSchoolCalendar, plainDate } from "collegiate/calendar";' },
  { id: "machine engine", code: 'export { defineMachine, transition } from "collegiate/machines";' },
  { id: "classroom visit machine", code: 'export { classroomVisitMachine, transition } from "collegiate/machines";' },
  { id: "visit validation", code: 'export { validateVisit, lnctAgreement } from "collegiate/agreement";' },
  { id: "joint-school timeline", code: 'export { scheduleBackward, jointSchoolSharing } from "collegiate/timeline";\nexport { defineSchoolCalendar } from "collegiate/calendar";' },
  { id: "feedback report", code: 'export { aggregateFeedback, renderFeedbackReport } from "collegiate/feedback";' },
  { id: "everything", code: 'export * from "collegiate";' },
  // What Traditional Chinese adds (its templates and zod's zh-TW messages, counted in the "zod bundled" column).
  { id: "zh-Hant locale", code: 'export { zhHant } from "collegiate/locales/zh-Hant";' },
];

/** Peers, by the named imports that do the same jobs. */
const peers: readonly Scenario[] = [
  { id: "xstate { createMachine, transition }", code: 'export { createMachine, transition } from "xstate";' },
  { id: "xstate (whole)", code: 'export * from "xstate";' },
  { id: "date-fns { addBusinessDays, differenceInBusinessDays }", code: 'export { addBusinessDays, differenceInBusinessDays } from "date-fns";' },
  { id: "simple-statistics { mean, median, quantile }", code: 'export { mean, median, quantile } from "simple-statistics";' },
  { id: "zod (whole, classic API)", code: 'export * from "zod";' },
  { id: "zod/mini (whole)", code: 'export * from "zod/mini";' },
];

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

/** Minified and gzipped bytes of one scenario bundled in `project`. */
async function measure(project: string, code: string, external: readonly string[]): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: project, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    logLevel: "silent",
    absWorkingDir: project,
    external: [...external, "vitest", "vitest/*", "node:*"],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error("esbuild produced no output");
  return gzipSync(output.contents, { level: 9 }).length;
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const EXTERNAL = ["zod", "zod/*", "date-fns", "date-fns/*"];
const ZOD_BUNDLED = ["date-fns", "date-fns/*"];

/** Left-aligned plain-text table. */
function table(header: readonly string[], body: readonly string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

const project = installPacked(["zod", "date-fns", "ts-pattern", "xstate", "simple-statistics"]);
try {
  const budgets = manifest.sizeBudgets ?? {};
  const rows: string[][] = [];
  const failures: string[] = [];
  for (const scenario of scenarios) {
    const gzipped = await measure(project, scenario.code, EXTERNAL);
    const withZod = await measure(project, scenario.code, ZOD_BUNDLED);
    const imported = scenario.code.replace(/^export /gm, "").replace(/\n/g, " ");
    const limits = budgets[scenario.id];
    if (limits === undefined) {
      failures.push(`${scenario.id}: no budget in package.json sizeBudgets["${scenario.id}"]`);
      rows.push([imported, kB(gzipped), kB(withZod), "-", "-", "no budget"]);
      continue;
    }
    const budget = parseSize(limits.budget, `["${scenario.id}"].budget`);
    const aim = limits.aim === undefined ? undefined : parseSize(limits.aim, `["${scenario.id}"].aim`);
    const over = gzipped > budget;
    if (over) failures.push(`${scenario.id}: ${kB(gzipped)} gzipped is over its budget of ${kB(budget)}`);
    const status = over
      ? "OVER BUDGET"
      : aim === undefined || gzipped <= aim
        ? "within budget"
        : `within budget, ${(gzipped / aim).toFixed(1)}× the aim`;
    rows.push([imported, kB(gzipped), kB(withZod), kB(budget), aim === undefined ? "-" : kB(aim), status]);
  }
  for (const id of Object.keys(budgets)) {
    if (!scenarios.some((scenario) => scenario.id === id)) failures.push(`package.json sizeBudgets["${id}"] names no scenario of bench/size.ts`);
  }

  const peerRows: string[][] = [];
  for (const peer of peers) {
    peerRows.push([peer.id, kB(await measure(project, peer.code, EXTERNAL)), kB(await measure(project, peer.code, []))]);
  }

  console.log(`What an import costs, bundled from the packed tarball (esbuild ${esbuildVersion}, minified, gzip level 9, English)\n`);
  console.log(table(["import", "gzip", "gzip, zod bundled", "budget", "aim", "status"], rows));
  console.log(`\nPeers, by the same kind of named import:\n`);
  console.log(table(["import", "gzip (zod, date-fns external)", "gzip (nothing external)"], peerRows));

  if (failures.length > 0) {
    console.error(`\n${failures.join("\n")}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

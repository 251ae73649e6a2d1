// @ts-check
/**
 * Mutation testing with Stryker: `npm run mutation`. Not part of `npm test`
 * nor of CI: a run over the whole library takes well over an hour on two cores.
 *
 * COLLEGIATE_MUTATE restricts the run to one capability, a folder of src/
 * (`calendar`, `timeline`, `machines`, `agreement`, `feedback`,
 * `diagnostics`, `text`, `schemas`, `cli`, `vitest`), to several separated by
 * commas, or to any glob (`src/calendar/addDays.ts`). Unset, every capability
 * is mutated.
 *
 *   COLLEGIATE_MUTATE=calendar npm run mutation
 *
 * Reports go to reports/mutation/<name>/ (HTML and JSON); each selection
 * keeps its own incremental file, reports/stryker-incremental-<name>.json, so
 * a second run only tests the mutants of changed code or changed tests
 * (`npm run mutation -- --force` runs everything again).
 *
 * Never mutated:
 * - message catalogues (src/**\/messages*.ts): sentences keyed by id; a
 *   changed sentence is a wording change, and the tests of each catalogue
 *   check its keys and placeholders, not its prose;
 * - index.ts barrels: re-exports only, nothing to mutate that a test of the
 *   exported function would not already see;
 * - the command-line entry (src/cli/bin.ts): the thin shell around `runCli`
 *   that writes to the real stdout; it is tested as the built program in a
 *   child process, which cannot see a mutant;
 * - data-only modules (src/agreement/exampleRecords.ts): the sample records
 *   shown in the rule reference, literal data without behaviour.
 */
import { readdirSync } from "node:fs";

const capabilities = readdirSync(new URL("./src", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const excluded = ["!src/**/messages*.ts", "!src/**/index.ts", "!src/cli/bin.ts", "!src/agreement/exampleRecords.ts"];

/** The globs to mutate for the selection `value` (a capability, a list of them, or a glob). */
function selection(value) {
  if (!value) return ["src/**/*.ts"];
  return value.split(",").map((part) => {
    const name = part.trim();
    if (capabilities.includes(name)) return `src/${name}/**/*.ts`;
    if (/[*?/]/.test(name)) return name;
    throw new Error(`COLLEGIATE_MUTATE: "${name}" is neither a capability (${capabilities.join(", ")}) nor a glob.`);
  });
}

const chosen = process.env.COLLEGIATE_MUTATE?.trim() ?? "";
const name = chosen === "" ? "all" : chosen.replace(/[^A-Za-z0-9-]+/g, "_");

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  // The options' JSON Schema: ./node_modules/@stryker-mutator/core/schema/stryker-schema.json
  testRunner: "vitest",
  vitest: {
    // The unit tests, in UTC only, without type tests (see the file).
    configFile: "test/vitest.mutation.config.ts",
    related: true,
  },
  mutate: [...selection(chosen), ...excluded],
  coverageAnalysis: "perTest",
  // Most code also runs while test files load, building shared calendars and
  // records at the top of a file. Stryker calls such mutants static and would
  // run every related test, with a fresh module graph, for each of them:
  // hours per capability. Ignoring static mutants still tests those that a
  // test also reaches (most of them) against the tests that reach them; only
  // mutants reached by loading alone are left out, and reported as ignored.
  ignoreStatic: true,
  concurrency: 2,
  // The first run of the related tests loads them all; on a busy two-core
  // machine that can take a few minutes.
  dryRunTimeoutMinutes: 15,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ["dist", "docs/site", "coverage", "reports", "examples/output"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};

export default config;

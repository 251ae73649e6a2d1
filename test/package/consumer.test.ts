/**
 * The packed package, installed into an empty project, works as users will
 * use it: `import` and `require` of the root and of every subpath, with types
 * under node10, node16 (CommonJS and ESM) and bundler resolution. Runs on the
 * built `dist/` (`npm run build` first; `npm test` does).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entries } from "../../tsup.config.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const subpaths = Object.keys(entries).map((entry) => (entry === "index" ? "collegiate" : `collegiate/${entry.replace(/\/index$/, "")}`));
let project = "";
let packed: string[] = [];

function run(command: string, args: string[], cwd = project): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` before this test.");
  // tsup writes the declarations last: a dist/ from a build still running (or one that stopped early) has none,
  // and every type check below would fail with "Could not find a declaration file".
  for (const declarations of ["index.d.ts", "index.d.cts"]) {
    if (!existsSync(join(root, "dist", declarations))) throw new Error(`dist/${declarations} is missing: let \`npm run build\` finish before this test.`);
  }
  project = mkdtempSync(join(tmpdir(), "collegiate-consumer-"));
  const [pack] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project], root)) as [
    { filename: string; files: { path: string }[] },
  ];
  packed = pack.files.map((file) => file.path);
  const installed = join(project, "node_modules", "collegiate");
  mkdirSync(installed, { recursive: true });
  run("tar", ["-xzf", join(project, pack.filename), "-C", installed, "--strip-components=1"]);
  for (const dependency of ["zod", "date-fns", "ts-pattern"]) {
    symlinkSync(join(root, "node_modules", dependency), join(project, "node_modules", dependency), "dir");
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
});

afterAll(() => {
  if (project !== "") rmSync(project, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships only what a user needs", () => {
    expect(packed.every((path) => path.startsWith("dist/") || ["package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(path))).toBe(true);
    expect(packed).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.cjs"]));
  });

  it("works with import (ESM) from the root and the calendar subpath", () => {
    writeFileSync(
      join(project, "esm.mjs"),
      `import { addSchoolDays, defineSchoolCalendar, plainDate } from "collegiate/calendar";
import * as collegiate from "collegiate";
const calendar = defineSchoolCalendar({ closures: [{ name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" }] });
console.log(JSON.stringify({
  next: addSchoolDays(calendar, plainDate("2026-12-18"), 1),
  same: collegiate.addSchoolDays === addSchoolDays,
}));`,
    );
    expect(JSON.parse(run("node", ["esm.mjs"]))).toEqual({ next: "2027-01-04", same: true });
  });

  it("works with require (CommonJS), with one class per error across subpaths", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const { addSchoolDays, defineSchoolCalendar, plainDate, NoSchoolDayError } = require("collegiate/calendar");
const collegiate = require("collegiate");
const calendar = defineSchoolCalendar({ terms: [{ name: "Term", start: "2027-01-04", end: "2027-01-08" }] });
let caught = false;
try { addSchoolDays(calendar, plainDate("2027-01-08"), 1); } catch (error) { caught = error instanceof collegiate.NoSchoolDayError; }
console.log(JSON.stringify({ next: addSchoolDays(calendar, plainDate("2027-01-04"), 4), caught, same: collegiate.NoSchoolDayError === NoSchoolDayError }));`,
    );
    expect(JSON.parse(run("node", ["cjs.cjs"]))).toEqual({ next: "2027-01-08", caught: true, same: true });
  });

  it("loads every subpath both ways", () => {
    const script = subpaths.map((path) => `require(${JSON.stringify(path)});`).join("\n");
    writeFileSync(join(project, "all.cjs"), `${script}\nconsole.log("ok");`);
    writeFileSync(join(project, "all.mjs"), `${subpaths.map((path) => `import ${JSON.stringify(path)};`).join("\n")}\nconsole.log("ok");`);
    expect(run("node", ["all.cjs"]).trim()).toBe("ok");
    expect(run("node", ["all.mjs"]).trim()).toBe("ok");
  });

  it("ships the JSON Schemas as files and the collegiate program", () => {
    writeFileSync(
      join(project, "schemas.mjs"),
      `import calendar from "collegiate/schemas/calendar.json" with { type: "json" };
import { createRequire } from "node:module";
import { toJSONSchema } from "collegiate/schemas";
const visit = createRequire(import.meta.url)("collegiate/schemas/visit.json");
console.log(JSON.stringify({ calendar: calendar.title, same: JSON.stringify(visit) === JSON.stringify(toJSONSchema("visit")) }));`,
    );
    expect(JSON.parse(run("node", ["schemas.mjs"]))).toEqual({ calendar: "School calendar", same: true });
    expect(run("node", [join(project, "node_modules", "collegiate", "dist", "cli", "bin.js"), "schema"])).toMatch(/^calendar {5}School calendar\n/);
  });

  it.each([
    ["node16 ESM", { module: "node16", moduleResolution: "node16" }, "consumer.mts"],
    ["node16 CommonJS", { module: "node16", moduleResolution: "node16" }, "consumer.cts"],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, "consumer.ts"],
    ["node10", { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "5.0" }, "consumer.ts"],
  ])("has types under %s resolution", (_name, options, file) => {
    const dir = join(project, `types-${file}-${options.moduleResolution}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, file),
      `import { addSchoolDays, defineSchoolCalendar, plainDate, type PlainDate } from "collegiate/calendar";
import { InvalidInputError } from "collegiate";
const day: PlainDate = addSchoolDays(defineSchoolCalendar({}), plainDate("2027-03-18"), 2);
const error: TypeError = new InvalidInputError("x", []);
// @ts-expect-error a plain string is not a PlainDate
const wrong: PlainDate = "2027-03-18";
export { day, error, wrong };
`,
    );
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...options, target: "es2022", lib: ["es2022"], strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: [file],
      }),
    );
    run(join(root, "node_modules", ".bin", "tsc"), ["-p", dir], project);
    expect(readdirSync(dir)).toContain(file);
  });
});

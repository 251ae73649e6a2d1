/**
 * Cold start (`npm run bench -- coldStart`): how long a fresh Node process
 * takes to `import("collegiate")` from the packed package, against
 * `import("zod")` alone (the floor: the library imports zod). Each sample is
 * a new process that times its own import; the two are interleaved round by
 * round so load on the machine falls on both alike; medians are compared.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { installPacked } from "./packed.js";

const ROUNDS = Number(process.env.COLLEGIATE_BENCH_ROUNDS ?? 15);

/** Milliseconds one new process takes to import `specifier` (ESM) or require it (CommonJS). */
function importTime(project: string, specifier: string, kind: "import" | "require"): number {
  const script =
    kind === "import"
      ? `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`
      : `const t = performance.now(); require(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const args = kind === "import" ? ["--input-type=module", "-e", script] : ["--input-type=commonjs", "-e", script];
  return Number(execFileSync(process.execPath, args, { cwd: project, encoding: "utf8" }).trim());
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const project = installPacked(["zod", "date-fns", "ts-pattern"]);
try {
  const cases = [
    ["import(\"zod\")", "zod", "import"],
    ["import(\"collegiate\")", "collegiate", "import"],
    ["import(\"collegiate/calendar\")", "collegiate/calendar", "import"],
    ["require(\"zod\")", "zod", "require"],
    ["require(\"collegiate\")", "collegiate", "require"],
  ] as const;
  const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, specifier, kind] of cases) samples.get(name)?.push(importTime(project, specifier, kind));
  }
  const medians = new Map([...samples].map(([name, values]) => [name, median(values)]));
  const esmFloor = medians.get('import("zod")') as number;
  const cjsFloor = medians.get('require("zod")') as number;
  console.log(`cold start from the packed package: median of ${ROUNDS} fresh processes each, interleaved`);
  for (const [name] of cases) {
    const time = medians.get(name) as number;
    const floor = name.startsWith("require") ? cjsFloor : esmFloor;
    console.log(`${name.padEnd(30)} ${time.toFixed(1).padStart(7)} ms   ${(time / floor).toFixed(2)}× zod alone`);
  }
  console.log(`goal: import("collegiate") within 1.5× import("zod")`);
} finally {
  rmSync(project, { recursive: true, force: true });
}

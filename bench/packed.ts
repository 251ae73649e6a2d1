/**
 * The packed package installed in an empty project, as a user gets it: for
 * the benchmarks and size measurements that must see what `npm pack` ships,
 * not the sources. `npm run build` first.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs a command and returns what it printed. */
function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Packs this checkout, unpacks it into `node_modules/collegiate` of a new
 * project in the system's temporary folder, and links `dependencies` from
 * this checkout beside it. Returns the project's folder.
 */
export function installPacked(dependencies: readonly string[]): string {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first.");
  const project = mkdtempSync(join(tmpdir(), "collegiate-packed-"));
  const [pack] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project], root)) as [{ filename: string }];
  const installed = join(project, "node_modules", "collegiate");
  mkdirSync(installed, { recursive: true });
  run("tar", ["-xzf", join(project, pack.filename), "-C", installed, "--strip-components=1"], project);
  for (const dependency of dependencies) {
    symlinkSync(join(root, "node_modules", dependency), join(project, "node_modules", dependency), "dir");
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "packed", private: true, type: "module" }));
  return project;
}

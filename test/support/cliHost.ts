/**
 * A command line host whose files live in memory, and a runner that uses
 * it: the program as users run it, without a disk or a clock.
 */
import { runCli } from "../../src/cli/run.js";
import type { CliHost } from "../../src/cli/host.js";
import type { CliOutput } from "../../src/cli/output.js";

/** Files by path (each a JSON value, or raw text), standard input, and a fixed time. */
export function memoryHost(files: Readonly<Record<string, unknown>>, stdin = "", now = "2027-01-10T09:00:00Z"): CliHost {
  const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
  return {
    readText(path) {
      // As Node's file system reports a missing file.
      if (!Object.hasOwn(files, path)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return text(files[path]);
    },
    isDirectory: (path) => !Object.hasOwn(files, path) && Object.keys(files).some((file) => file.startsWith(`${path}/`)),
    listFiles: (directory) => Object.keys(files).filter((file) => file.startsWith(`${directory}/`)).sort(),
    readStdin: async () => stdin,
    now: () => now,
  };
}

/** Runs the program on `argv` with files in memory. */
export function run(argv: readonly string[], files: Readonly<Record<string, unknown>> = {}, stdin = ""): Promise<CliOutput> {
  return runCli(argv, memoryHost(files, stdin));
}

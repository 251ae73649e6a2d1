/**
 * The command line's access to the system through Node: the I/O shell around
 * the pure commands. Internal module.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CliHost } from "./host.js";

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules")
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(directory, entry.name)) : entry.isFile() ? [join(directory, entry.name)] : []))
    .sort();
}

/** Node's files, standard input and clock. */
export const nodeHost: CliHost = {
  readText: (path) => readFileSync(path, "utf8"),
  isDirectory(path) {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  listFiles: (directory) => listFiles(directory),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  },
  now: () => `${new Date().toISOString().slice(0, 19)}Z`,
};

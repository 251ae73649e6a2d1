/**
 * Runs every benchmark in this folder (`npm run bench`), or those whose file
 * name contains one of the arguments (`npm run bench -- calendar`).
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const folder = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

console.log(`collegiate benchmarks on Node ${process.version}, ${process.platform}/${process.arch}`);
for (const file of files) {
  console.log(`\n=== ${file}`);
  await import(pathToFileURL(`${folder}${file}`).href);
}

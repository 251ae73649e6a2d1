/** `npm run api`: rewrites the committed API report from the built declarations (`npm run build` first). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { apiReport, reportPath } from "./apiReport.js";

mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(reportPath, apiReport());
console.log(`API report written to ${reportPath}`);

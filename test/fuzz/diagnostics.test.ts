/** Fuzzing of the diagnostics functions (see fuzz.ts and contracts.ts). */
import { contractsByArea } from "./contracts.js";
import { fuzz } from "./fuzz.js";

fuzz(contractsByArea["diagnostics"]);

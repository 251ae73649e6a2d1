/** Fuzzing of the timeline functions (see fuzz.ts and contracts.ts). */
import { contractsByArea } from "./contracts.js";
import { fuzz } from "./fuzz.js";

fuzz(contractsByArea["timeline"]);

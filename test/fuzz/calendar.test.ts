/** Fuzzing of the calendar functions (see fuzz.ts and contracts.ts). */
import { contractsByArea } from "./contracts.js";
import { fuzz } from "./fuzz.js";

fuzz(contractsByArea["calendar"]);

/**
 * Validating classroom visits with the LNCT policy against zod's `safeParse`
 * of the same schema alone, on the same 100,000 visits: what the agreement's
 * rules cost on top of parsing. The target is a ratio of at most 2 (rules
 * costing no more than the parse itself).
 *
 * The visits are generated with a fixed seed: visits at every stage of their
 * life, peer visits and managers' visits, on three school calendars; one in
 * ten is changed to break a clause (some changes only matter at later stages,
 * so fewer than one in ten has findings).
 */
import fc from "fast-check";
import { ClassroomVisitSchema, lnctAgreement, validateVisit, type ClassroomVisitInput } from "../src/agreement/index.js";
import { compliantVisitArbitrary } from "../test/support/visits.js";
import { compare } from "./harness.js";

const COUNT = 100_000;
const generated = fc.sample(compliantVisitArbitrary(), { numRuns: COUNT, seed: 20270318 });
const breaches: ((visit: ClassroomVisitInput) => ClassroomVisitInput)[] = [
  (visit) => ({ ...visit, observation: { notes: "tick-box" } }),
  (visit) => ({ ...visit, activePartOffered: false }),
  (visit) => ({ ...visit, timingAgreedOn: visit.visitDay }),
  (visit) => ({ ...visit, closedOn: "2027-07-16", concerns: [{ raisedOn: "2027-07-01", about: "Feedback" }] }),
];
// Through JSON, as a school tool receives visits.
const visits: unknown[] = generated.map(({ input }, i) =>
  JSON.parse(JSON.stringify(i % 10 === 9 ? (breaches[i % breaches.length] as (v: ClassroomVisitInput) => ClassroomVisitInput)(input) : input)),
);

// Same answers before timing anything: the same visits parse, to the same values.
let withErrors = 0;
let withFindings = 0;
for (const visit of visits) {
  const parsed = ClassroomVisitSchema.safeParse(visit);
  const validated = validateVisit(visit, lnctAgreement);
  if (!parsed.success || JSON.stringify(validated.value) !== JSON.stringify(parsed.data)) {
    throw new Error("validateVisit and safeParse disagree on a visit: the benchmark would compare different work.");
  }
  if (!validated.ok) withErrors += 1;
  if (validated.diagnostics.length > 0) withFindings += 1;
}

// One pass over all the visits, for the headline figure.
const pass = (run: (visit: unknown) => unknown): number => {
  const start = performance.now();
  for (const visit of visits) run(visit);
  return (performance.now() - start) / 1000;
};
pass((visit) => validateVisit(visit, lnctAgreement));
pass((visit) => ClassroomVisitSchema.safeParse(visit));
const validateSeconds = pass((visit) => validateVisit(visit, lnctAgreement));
const parseSeconds = pass((visit) => ClassroomVisitSchema.safeParse(visit));

let i = 0;
let j = 0;
const [own, parse] = compare(
  `validateVisit with lnctAgreement: ${COUNT.toLocaleString("en")} visits, ${withFindings.toLocaleString("en")} with findings (${withErrors.toLocaleString("en")} with errors)`,
  { name: "collegiate validateVisit (lnctAgreement)", run: () => validateVisit(visits[i++ % COUNT], lnctAgreement) },
  [{ name: "zod safeParse alone", run: () => ClassroomVisitSchema.safeParse(visits[j++ % COUNT]) }],
  2000,
);
console.log(
  `  one pass over ${COUNT.toLocaleString("en")} visits: validateVisit ${(COUNT / validateSeconds / 1000).toFixed(0)} k visits/s, ` +
    `safeParse alone ${(COUNT / parseSeconds / 1000).toFixed(0)} k visits/s`,
);
if (own !== undefined && parse !== undefined) {
  console.log(`  ratio validateVisit / safeParse: ${(own.nanosecondsPerOp / parse.nanosecondsPerOp).toFixed(2)} (target: at most 2)`);
}

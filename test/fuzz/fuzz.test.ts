/**
 * The fuzz suite: every public function that takes data from outside gets
 * valid input at the edges, anything at all, and valid input with one value
 * of the wrong type somewhere, deep-frozen; it may throw only what its JSDoc
 * promises, and leaves the built-in prototypes as they were.
 *
 * `COLLEGIATE_FUZZ_RUNS=5000 npm run test:unit` runs many more cases;
 * `COLLEGIATE_FUZZ_SEED=<seed>` replays a run (the seed is logged).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import * as calendar from "../../src/calendar/index.js";
import * as diagnostics from "../../src/diagnostics/index.js";
import * as feedback from "../../src/feedback/index.js";
import * as root from "../../src/index.js";
import { InvalidInputError, NoSchoolDayError } from "../../src/index.js";
import * as machines from "../../src/machines/index.js";
import * as schemas from "../../src/schemas/index.js";
import * as timeline from "../../src/timeline/index.js";
import * as vitest from "../../src/vitest/index.js";
import { contracts, noOutsideData, type Allowed, type Contract } from "./contracts.js";
import { damaged, deepFreeze, fuzzRuns, fuzzSeed, hostileValue, prototypesFingerprint } from "./hostile.js";

/** The package's entry points (package.json `exports`) and the diagnostics module they share. */
const subpaths: Readonly<Record<string, Record<string, unknown>>> = {
  collegiate: root,
  "collegiate/calendar": calendar,
  "collegiate/timeline": timeline,
  "collegiate/machines": machines,
  "collegiate/agreement": agreement,
  "collegiate/feedback": feedback,
  "collegiate/schemas": schemas,
  "collegiate/vitest": vitest,
  diagnostics,
};

console.info(`fuzz: ${fuzzRuns} runs per property, seed ${fuzzSeed} (COLLEGIATE_FUZZ_SEED=${fuzzSeed} replays it)`);

/** Engine errors say what went wrong inside; the library's own name the argument. */
const engineMessage = /Cannot (read|set|assign|add|delete|define|convert|create|redefine)|is not (a function|iterable|a constructor|an object|extensible|defined)|read[- ]only|object is not|Maximum call stack|Invalid (array length|time value|Date)/i;

function isAllowed(error: unknown, allowed: readonly Allowed[]): boolean {
  if (error instanceof InvalidInputError) return allowed.includes("InvalidInputError") && error.diagnostics.length > 0;
  if (error instanceof NoSchoolDayError) return allowed.includes("NoSchoolDayError");
  if (error instanceof TypeError) return allowed.includes("TypeError") && !engineMessage.test(error.message);
  if (error instanceof RangeError) return allowed.includes("RangeError") && !engineMessage.test(error.message);
  return false;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "a value that is not an Error";
  const where = error.stack?.split("\n").find((line) => line.includes("/src/"))?.trim() ?? "";
  return `${error.constructor.name}: ${error.message.slice(0, 300)} ${where}`;
}

/** Calls the function on deep-frozen arguments; fails on a throw not allowed, or on a changed prototype. */
function check(contract: Contract, args: readonly unknown[], allowed: readonly Allowed[]): void {
  const frozen = args.map((arg) => deepFreeze(arg));
  const before = prototypesFingerprint();
  let outcome: string | undefined;
  try {
    contract.call(...frozen);
  } catch (error) {
    if (!isAllowed(error, allowed)) outcome = `${contract.name} threw ${describeError(error)}`;
  }
  const after = prototypesFingerprint();
  if (after !== before) outcome = `${contract.name} changed a built-in prototype`;
  if (outcome !== undefined) throw new Error(outcome);
}

const parameters = { numRuns: fuzzRuns, seed: fuzzSeed, endOnFailure: true } satisfies fc.Parameters<unknown>;

describe("every function that takes data from outside is fuzzed", () => {
  test("every exported function is fuzzed or listed as taking no outside data", () => {
    const listed = new Set([...contracts.map((contract) => contract.name), ...Object.keys(noOutsideData)]);
    const unlisted: string[] = [];
    for (const [subpath, module] of Object.entries(subpaths)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === "function" && !listed.has(name)) unlisted.push(`${subpath}: ${name}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  test("every function listed is exported", () => {
    const exported = new Set(Object.values(subpaths).flatMap((module) => Object.keys(module)));
    expect([...contracts.map((contract) => contract.name), ...Object.keys(noOutsideData)].filter((name) => !exported.has(name))).toEqual([]);
  });

  test("no function is listed twice", () => {
    const names = contracts.map((contract) => contract.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});

describe.each(contracts.map((contract) => [contract.name, contract] as const))("%s", (_name, contract) => {
  test("valid input, extreme days included, throws only what is documented", () => {
    fc.assert(
      fc.property(contract.valid, (args) => check(contract, args, contract.validMay ?? [])),
      parameters,
    );
  });

  const untrusted = Object.entries(contract.untrusted).map(([index, allowed]) => [Number(index), allowed] as const);
  if (untrusted.length === 0) return;
  const documented = contract.validMay ?? [];

  test("anything at all in an argument that takes outside data", () => {
    fc.assert(
      fc.property(contract.valid, fc.constantFrom(...untrusted), hostileValue, (args, [index, allowed], value) => {
        const changed = [...args];
        changed[index] = value;
        check(contract, changed, [...allowed, ...documented]);
      }),
      parameters,
    );
  });

  test("a wrong-typed value at one place of a valid argument", () => {
    fc.assert(
      fc.property(
        contract.valid.chain((args) =>
          fc.constantFrom(...untrusted).chain(([index, allowed]) =>
            damaged(fc.constant(args[index])).map((value) => ({ args, index, allowed, value })),
          ),
        ),
        ({ args, index, allowed, value }) => {
          const changed = [...args];
          changed[index] = value;
          check(contract, changed, [...allowed, ...documented]);
        },
      ),
      parameters,
    );
  });
});

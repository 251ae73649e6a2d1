/**
 * The fuzz suite's runner: for each function, valid input at the edges,
 * anything at all in each argument that takes outside data, and a valid
 * argument with one value of the wrong type somewhere, every argument
 * deep-frozen; the function may throw only what its JSDoc promises, and must
 * leave the built-in prototypes as they were.
 *
 * `COLLEGIATE_FUZZ_RUNS=5000 npm run test:unit` runs many more cases;
 * `COLLEGIATE_FUZZ_SEED=<seed>` replays a run (the seed is logged, and
 * fast-check prints it with any counterexample).
 */
import fc from "fast-check";
import { describe, test } from "vitest";
import { InvalidInputError, NoSchoolDayError } from "../../src/index.js";
import type { Allowed, Contract } from "./contracts.js";
import { damaged, deepFreeze, fuzzRuns, fuzzSeed, hostileValue, prototypesFingerprint } from "./hostile.js";

console.info(`fuzz: ${fuzzRuns} runs per property, seed ${fuzzSeed} (COLLEGIATE_FUZZ_SEED=${fuzzSeed} replays this run)`);

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

/** Fuzzes each function of `contracts` (one `describe` per function). */
export function fuzz(contracts: readonly Contract[]): void {
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
}

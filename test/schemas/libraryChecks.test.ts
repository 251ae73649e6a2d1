/**
 * ajv and the library agree on every document, except where the library
 * makes a check JSON Schema cannot express: then ajv accepts, the library
 * refuses, and every schema finding of the library is one of those checks.
 * The documents are the project's samples, changed at random.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validators } from "../../src/cli/validators.js";
import { libraryChecks, libraryOnlyRuleIds } from "../../src/schemas/libraryChecks.js";
import { jsonSchemaModels } from "../../src/schemas/models.js";
import { jsonSchemaNames, type JSONSchemaName } from "../../src/schemas/index.js";
import { ajvVerdict } from "../support/ajv.js";
import { shownDocuments, type ShownDocument } from "../support/documents.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The schema findings of the library: what makes it refuse a document as malformed. */
function schemaFindings(kind: JSONSchemaName, value: unknown) {
  const libraryOnly = libraryOnlyRuleIds(kind);
  return validators[kind](value, {}).filter((d) => d.ruleId.startsWith("schema/") || libraryOnly.includes(d.ruleId));
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined), value);
}

function pathsOf(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (typeof value === "object" && value !== null) return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return [path];
}

/**
 * Values to put in place of a node: mostly values like it (another day, an
 * impossible day, blank text, an id used elsewhere), so that refinements are
 * met often; sometimes anything.
 */
const likeValues = {
  day: ["2027-02-29", "2026-02-29", "2027-04-31", "0000-01-01", "2026-09-01", "2031-12-31", "2027-3-1"],
  text: ["  ", "", "x", "t-chan", "harbour", "S1", "lnct-agreement", "monday"],
  number: [0, -1, 2.5, 3, 12, 1e6],
  other: [true, null, [], {}],
} satisfies Record<string, Json[]>;

function replacementFor(node: Json, choice: number): Json {
  const pool =
    choice % 5 === 0
      ? [...likeValues.day, ...likeValues.text, ...likeValues.number, ...likeValues.other]
      : typeof node === "string"
        ? /^\d{4}-\d{2}-\d{2}$/.test(node)
          ? likeValues.day
          : likeValues.text
        : typeof node === "number"
          ? likeValues.number
          : likeValues.other;
  return pool[Math.floor(choice / 5) % pool.length] as Json;
}

type Mutation =
  | { readonly op: "replace"; readonly at: number; readonly choice: number }
  | { readonly op: "delete"; readonly at: number }
  | { readonly op: "add-key"; readonly at: number }
  | { readonly op: "repeat-item"; readonly at: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("replace" as const), at: fc.nat(), choice: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("add-key" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("repeat-item" as const), at: fc.nat() }) },
);

/** Applies a mutation to a copy of `document`; the path is chosen among the document's nodes by `at`. */
function mutate(document: Json, mutation: Mutation): Json {
  const copy = structuredClone(document);
  const paths = pathsOf(copy);
  const path = paths[mutation.at % paths.length] ?? [];
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json> | Json[] | undefined;
  const key = path.at(-1);
  const node = at(copy, path) as Json;
  switch (mutation.op) {
    case "replace":
      if (key === undefined) return replacementFor(node, mutation.choice);
      (parent as Record<string | number, Json>)[key] = replacementFor(node, mutation.choice);
      return copy;
    case "delete":
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
      else if (parent !== undefined && key !== undefined) delete (parent as Record<string | number, Json>)[key];
      return copy;
    case "add-key":
      if (typeof node === "object" && node !== null && !Array.isArray(node)) node["unexpected"] = 1;
      return copy;
    case "repeat-item":
      if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0] as Json));
      return copy;
    default:
      return mutation satisfies never;
  }
}

const documents = shownDocuments();
const byKind = new Map<JSONSchemaName, ShownDocument[]>();
for (const document of documents) byKind.set(document.kind, [...(byKind.get(document.kind) ?? []), document]);

describe("ajv and the library", () => {
  it("have samples of every kind to compare on", () => {
    expect(jsonSchemaNames.filter((name) => !byKind.has(name))).toEqual([]);
  });

  it("declare only checks that exist", () => {
    for (const model of Object.values(jsonSchemaModels)) {
      for (const check of model.checks) expect(Object.keys(libraryChecks)).toContain(check);
    }
  });

  describe.each(jsonSchemaNames.map((name) => [name] as const))("on %s documents", (name) => {
    const samples = byKind.get(name) ?? [];

    it("disagree only where the library makes a check JSON Schema cannot express", () => {
      const allowed = libraryOnlyRuleIds(name);
      fc.assert(
        fc.property(fc.constantFrom(...samples), fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (sample, mutations) => {
          const document = mutations.reduce<Json>((current, mutation) => mutate(current, mutation), sample.value as Json);
          const ajv = ajvVerdict(name, document);
          const findings = schemaFindings(name, document);
          if (!ajv.valid) {
            // Whatever the JSON Schema refuses, the library refuses too.
            expect(findings.length, `ajv refused (${ajv.errors.join("; ")}) what the library accepts`).toBeGreaterThan(0);
            return;
          }
          for (const finding of findings) {
            expect(allowed, `${finding.ruleId} at ${finding.path.join(".")}: ${finding.message}`).toContain(finding.ruleId);
            // "Too small" is a disagreement only for blank text: any other minimum is in the schema.
            if (finding.ruleId === "schema/too-small") {
              const value = at(document, finding.path);
              expect(typeof value === "string" && value.trim() === "", `too small at ${finding.path.join(".")}`).toBe(true);
            }
          }
        }),
        { numRuns: 100 },
      );
    });
  });

  // One document for each expected disagreement, worked out by hand.
  it.each([
    ["calendar", { closures: [{ name: "Leap day", start: "2027-02-29" }] }, "schema/plain-date-not-a-day"],
    ["calendar", { terms: [{ name: "Term", start: "2027-01-10", end: "2026-12-20" }] }, "schema/end-before-start"],
    ["calendar", { weekend: ["sunday", "sunday"] }, "schema/duplicate-weekday"],
    ["calendar", { closures: [{ name: "   ", start: "2027-01-01" }] }, "schema/too-small"],
    [
      "calendar",
      { terms: [{ name: "A", start: "2026-09-01", end: "2027-01-31" }, { name: "B", start: "2027-01-15", end: "2027-07-16" }] },
      "schema/overlapping-terms",
    ],
    ["visit", { observedTeacher: { id: "t-chan" }, visitors: [{ id: "t-chan", role: "teacher", seniorPromoted: false }] }, "schema/observed-teacher-visits"],
    ["policy", { options: { improvementSteps: { min: 3, max: 1 } } }, "schema/custom"],
    [
      "template",
      { id: "t", title: "T", schedule: "forward", stages: [{ id: "a", title: "A", duration: { schoolDays: 1 }, dependsOn: ["b"] }] },
      "schema/unknown-stage",
    ],
  ] as const)("%s: ajv accepts and the library refuses %j (%s)", (name, document, ruleId) => {
    expect(ajvVerdict(name, document).valid).toBe(true);
    expect(schemaFindings(name, document).map((d) => d.ruleId)).toEqual([ruleId]);
  });
});

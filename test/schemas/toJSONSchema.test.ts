import { describe, expect, it } from "vitest";
import { validators } from "../../src/cli/validators.js";
import { jsonSchemaNames, toJSONSchema, type JSONSchemaName } from "../../src/schemas/index.js";
import { ajvValidator, ajvVerdict } from "../support/ajv.js";
import { shownDocuments } from "../support/documents.js";

describe("toJSONSchema", () => {
  it.each(jsonSchemaNames.map((name) => [name]))("gives a draft 2020-12 schema of %s that ajv compiles in strict mode", (name) => {
    const schema = toJSONSchema(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toMatch(/\S/);
    expect(schema.description).toMatch(/\S/);
    expect(() => ajvValidator(name)).not.toThrow();
  });

  it.each(shownDocuments().map((document) => [document.source, document.kind, document.value] as const))(
    "accepts the documented %s (%s), as the library does",
    (_source, kind, value) => {
      expect(ajvVerdict(kind, value)).toEqual({ valid: true, errors: [] });
      expect(validators[kind](value, {}).filter((d) => d.ruleId.startsWith("schema/"))).toEqual([]);
    },
  );

  it("describes calendar days once, as a pattern with the date format", () => {
    const schema = toJSONSchema("calendar");
    expect(schema.$defs?.["PlainDate"]).toMatchObject({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date" });
    const term = (schema.properties?.["terms"] as { items: { properties: Record<string, unknown> } }).items;
    expect(term.properties["start"]).toEqual({ $ref: "#/$defs/PlainDate" });
    expect(ajvVerdict("calendar", { closures: [{ name: "Day", start: "18/03/2027" }] }).valid).toBe(false);
  });

  it("describes the input a program writes: defaults optional, unknown keys refused", () => {
    // Every field of a calendar has a default or is optional, so nothing is required.
    expect(toJSONSchema("calendar").required).toBeUndefined();
    expect(ajvVerdict("calendar", {}).valid).toBe(true);
    expect(ajvVerdict("calendar", { closure: [] }).valid).toBe(false);
    // A stage's tasks, dependencies and kind have defaults; its id and title do not.
    expect(ajvVerdict("template", { id: "t", title: "T", schedule: "backward", stages: [{ id: "a", title: "A", offset: {} }] }).valid).toBe(true);
    expect(ajvVerdict("template", { id: "t", title: "T", schedule: "backward", stages: [{ id: "a", offset: {} }] }).valid).toBe(false);
  });

  it("takes the names of built-in policies in a policy's extends, one or a list, as parsePolicy does", () => {
    for (const policy of [{ extends: "lnct-agreement" }, { extends: ["lnct-agreement", "highland-sharing"] }]) {
      expect(ajvVerdict("policy", policy).valid).toBe(true);
      expect(validators.policy(policy, {})).toEqual([]);
    }
    expect(ajvVerdict("policy", { extends: "lnct" }).valid).toBe(false);
    expect(ajvVerdict("policy", { rules: { "lnct/no-such-rule": "off" } }).valid).toBe(false);
  });

  it("lists in its description the checks JSON Schema cannot express", () => {
    expect(toJSONSchema("calendar").description).toContain("every day is a real calendar day");
    expect(toJSONSchema("template").description).toContain("dependencies have no cycle");
    expect(toJSONSchema("diagnostic").description).not.toContain("cannot express");
  });

  it("gives a fresh document each time", () => {
    const first = toJSONSchema("visit");
    first.title = "changed";
    expect(toJSONSchema("visit").title).toBe("Classroom visit");
  });

  it("refuses a name it does not know", () => {
    expect(() => toJSONSchema("teacher" as JSONSchemaName)).toThrow(/Unknown JSON Schema "teacher"/);
  });

  it("takes no name of Object.prototype for a model, and names a wrong value without failing to", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(() => toJSONSchema(name as JSONSchemaName)).toThrow(new RegExp(`^Unknown JSON Schema "${name}"`));
    }
    expect(() => toJSONSchema(Object.create(null) as JSONSchemaName)).toThrow(/^Unknown JSON Schema "an object"/);
    expect(() => toJSONSchema(Symbol("calendar") as never)).toThrow(/^Unknown JSON Schema "Symbol\(calendar\)"/);
  });
});

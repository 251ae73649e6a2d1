import { describe, expect, it } from "vitest";
import { libraryChecks } from "../../src/schemas/libraryChecks.js";
import { say, schemaMessages } from "../../src/schemas/messages.js";
import { jsonSchemaNames } from "../../src/schemas/index.js";

describe("schemaMessages", () => {
  it("has a title and a description for every model and a sentence for every check", () => {
    const keys = Object.keys(schemaMessages);
    for (const name of jsonSchemaNames) expect(keys).toEqual(expect.arrayContaining([`model.${name}.title`, `model.${name}.description`]));
    for (const check of Object.keys(libraryChecks)) expect(keys).toContain(`check.${check}`);
  });

  it("fills placeholders", () => {
    expect(say("checks.intro", { checks: "a; b" })).toBe("The library also checks what JSON Schema cannot express: a; b.");
  });
});

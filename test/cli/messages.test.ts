import { describe, expect, it } from "vitest";
import { commandNames } from "../../src/cli/arguments.js";
import { cliMessages } from "../../src/cli/messages.js";
import { jsonSchemaNames } from "../../src/schemas/index.js";
import { schemaMessages } from "../../src/schemas/messages.js";

describe("cliMessages", () => {
  it("has the help of every command", () => {
    for (const command of commandNames) expect(Object.keys(cliMessages)).toContain(`help.${command}`);
  });

  it("titles each kind of file as its JSON Schema does", () => {
    for (const kind of jsonSchemaNames) expect(cliMessages[`kind.${kind}`]).toBe(schemaMessages[`model.${kind}.title`]);
  });
});

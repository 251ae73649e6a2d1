import { describe, expect, it } from "vitest";
import { schemaCommand } from "../../../src/cli/commands/schema.js";
import { toJSONSchema } from "../../../src/schemas/index.js";
import { run } from "../../support/cliHost.js";

describe("collegiate schema", () => {
  it("prints the JSON Schema of a kind", () => {
    expect(JSON.parse(schemaCommand(["visit"]).stdout)).toEqual(toJSONSchema("visit"));
  });

  it("lists the kinds with their titles", () => {
    const lines = schemaCommand([]).stdout.split("\n");
    expect(lines[0]).toBe("calendar     School calendar");
    expect(lines).toContain("accumulator  Feedback accumulator");
  });

  it("exits with 2 on an unknown kind", async () => {
    const output = await run(["schema", "teacher"]);
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toMatch(/^collegiate: schema: unknown kind "teacher": expected one of calendar, /);
  });
});

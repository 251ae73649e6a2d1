import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
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

describe("collegiate schema --locale zh-Hant", () => {
  it("lists the kinds, which stay as they are, with Chinese titles", async () => {
    const output = await run(["schema", "--locale", "zh-Hant"]);
    const lines = output.stdout.split("\n");
    expect(lines[0]).toBe("calendar     校曆");
    expect(lines).toContain("visit        觀課");
    expect(lines).toContain("accumulator  回饋累計資料");
    expect(output.exitCode).toBe(0);
  });

  it("prints the same JSON Schema, whose descriptions are English in every locale", () => {
    expect(JSON.parse(schemaCommand(["visit"], zhHant).stdout)).toEqual(toJSONSchema("visit"));
  });

  it("names an unknown kind in Chinese, with status 2", async () => {
    const output = await run(["schema", "teacher", "--locale", "zh-Hant"]);
    expect(output.stderr).toMatch(/^collegiate: schema: 不明的類別「teacher」：應為calendar、template、/);
    expect(output.exitCode).toBe(2);
  });
});

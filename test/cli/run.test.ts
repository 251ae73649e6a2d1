import { describe, expect, it } from "vitest";
import { helpText } from "../../src/cli/help.js";
import { run } from "../support/cliHost.js";

describe("runCli", () => {
  it("prints help when asked, on standard output, with status 0", async () => {
    expect(await run(["--help"])).toEqual({ stdout: `${helpText(undefined)}\n`, stderr: "", exitCode: 0 });
    expect(await run(["help", "validate"])).toEqual({ stdout: `${helpText("validate")}\n`, stderr: "", exitCode: 0 });
    expect((await run(["ics", "--help"])).stdout).toBe(`${helpText("ics")}\n`);
  });

  it("explains itself on standard error, with status 2, when given nothing to do", async () => {
    expect(await run([])).toEqual({ stdout: "", stderr: `${helpText(undefined)}\n`, exitCode: 2 });
  });

  it("names an unknown command without the hint of a command's options", async () => {
    expect(await run(["check", "x.json"])).toEqual({
      stdout: "",
      stderr: 'collegiate: unknown command "check": expected validate, schedule, aggregate, ics or schema\n',
      exitCode: 2,
    });
  });
});

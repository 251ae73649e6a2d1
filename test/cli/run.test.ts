import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
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

describe("runCli --locale zh-Hant", () => {
  it("prints the help in Chinese, before or after the command", async () => {
    expect(await run(["--help", "--locale", "zh-Hant"])).toEqual({ stdout: `${helpText(undefined, zhHant)}\n`, stderr: "", exitCode: 0 });
    expect((await run(["--locale", "zh-Hant", "validate", "-h"])).stdout).toMatch(/^用法：collegiate validate \[選項\] <檔案或資料夾>\.\.\.\n/);
    // Given only a language, there is nothing to do: the help goes to standard error with status 2.
    expect(await run(["--locale", "zh-Hant"])).toEqual({ stdout: "", stderr: `${helpText(undefined, zhHant)}\n`, exitCode: 2 });
  });

  it("names an unknown command or option in Chinese", async () => {
    expect(await run(["check", "--locale", "zh-Hant"])).toEqual({
      stdout: "",
      stderr: "collegiate: 不明的指令「check」：應為 validate、schedule、aggregate、ics 或 schema\n",
      exitCode: 2,
    });
    expect((await run(["ics", "--calendar", "x", "--locale", "zh-Hant"])).stderr).toBe("collegiate: ics: 不明的選項--calendar\n");
  });

  it("refuses an unknown locale in English, with status 2", async () => {
    expect(await run(["schema", "--locale", "zh-TW"])).toEqual({
      stdout: "",
      stderr: 'collegiate: --locale: unknown locale "zh-TW": expected one of en, zh-Hant\n',
      exitCode: 2,
    });
  });
});

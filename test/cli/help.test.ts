import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { commandNames, commandOptions } from "../../src/cli/arguments.js";
import { helpText } from "../../src/cli/help.js";
import { en } from "../../src/text/locale.js";

describe("helpText", () => {
  it("lists the commands, and the built-in templates, policies, surveys and kinds where a command takes them", () => {
    expect(helpText(undefined)).toMatch(/^collegiate: check and schedule[\s\S]*validate[\s\S]*schema/);
    expect(helpText("schedule")).toContain("joint-school-sharing, peer-coaching-programme, learning-community-year, sharing-learning-session");
    expect(helpText("validate")).toContain("lnct-agreement, highland-sharing, learning-community-service, joint-school-sharing, classroom-visits");
    expect(helpText("aggregate")).toContain("joint-school-evaluation, wows-and-wonders");
    expect(helpText("schema")).toContain("calendar, template, timeline, visit, session");
  });

  it("explains the program and each command in Traditional Chinese, listing names with 、", () => {
    expect(helpText(undefined, zhHant)).toMatch(/^collegiate：以 JSON 檔案檢查及編排教師專業經驗分享。\n\n用法：collegiate <指令> \[選項\] \[檔案\]\n/);
    expect(helpText(undefined, zhHant)).toContain("  --locale <語言>   輸出的語言：en、zh-Hant\n");
    expect(helpText("schedule", zhHant)).toContain("內置範本（joint-school-sharing、peer-coaching-programme、learning-community-year、sharing-learning-session）或範本檔案（必須提供）");
    expect(helpText("aggregate", zhHant)).toContain("內置問卷（joint-school-evaluation、wows-and-wonders）");
  });

  it("names every option of every command, in every locale", () => {
    for (const locale of [en, zhHant]) {
      for (const command of commandNames) {
        const text = helpText(command, locale);
        expect(text, `${command} ${locale.code}`).toMatch(new RegExp(`^(Usage: |用法：)collegiate ${command} `));
        // --help and --json are explained once, in the program's help, for every command.
        const own = Object.keys(commandOptions[command]).filter((name) => name !== "help" && name !== "json");
        for (const option of own) expect(text, `${command} ${locale.code}`).toContain(`--${option} `);
      }
      const program = helpText(undefined, locale);
      for (const command of commandNames) expect(program).toContain(`\n  ${command} `);
      for (const option of ["--json", "--locale", "--help"]) expect(program).toContain(option);
    }
  });
});

import { describe, expect, it } from "vitest";
import { commandNames } from "../../src/cli/arguments.js";
import { cliMessagesZhHant } from "../../src/cli/messages.zh-Hant.js";
import { formatMessage } from "../../src/text/formatMessage.js";

describe("cliMessagesZhHant", () => {
  it("explains every command, with its usage first", () => {
    for (const command of commandNames) expect(cliMessagesZhHant[`help.${command}`]).toMatch(new RegExp(`^用法：collegiate ${command} `));
  });

  it("counts as formatDiagnostics does in Chinese (1項錯誤), and names the kinds as the other catalogues do", () => {
    expect(formatMessage(cliMessagesZhHant["validate.total"], { files: 3, errors: 1, warnings: 2, notes: 0 })).toBe("已檢查3個檔案：1項錯誤、2項警告、0項備註。");
    // 校曆 (calendar catalogue), 觀課 and 規則集 (agreement catalogue), 時間表 (timeline catalogue).
    expect([cliMessagesZhHant["kind.calendar"], cliMessagesZhHant["kind.visit"], cliMessagesZhHant["kind.policy"], cliMessagesZhHant["kind.timeline"]]).toEqual([
      "校曆",
      "觀課",
      "協議規則集",
      "時間表",
    ]);
  });

  it("keeps option names and the day's format as they are", () => {
    expect(formatMessage(cliMessagesZhHant["unusable.backward-day"], { template: "joint-school-sharing", extra: "" })).toBe(
      "joint-school-sharing由活動日倒數編排：請提供 --activity-day YYYY-MM-DD",
    );
    expect(formatMessage(cliMessagesZhHant["unusable.usage-hint"], { command: "validate" })).toBe("請執行 collegiate validate --help 查看選項。");
  });
});

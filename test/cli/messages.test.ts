import { describe, expect, it } from "vitest";
import { cliLocales, cliMessages, say } from "../../src/cli/messages.js";
import { commandNames } from "../../src/cli/arguments.js";

describe("cliMessages", () => {
  it("has the help of every command", () => {
    for (const command of commandNames) expect(Object.keys(cliMessages)).toContain(`help.${command}`);
  });

  it("speaks English for now, chosen by --locale", () => {
    expect(cliLocales).toEqual(["en"]);
    expect(say("unusable.missing-option", { option: "--survey" }, "en")).toBe("--survey is required");
  });
});

import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";
import { readArguments } from "../../src/cli/arguments.js";
import { UnusableInput } from "../../src/cli/unusable.js";

function problem(argv: string[]): string {
  try {
    readArguments(argv);
  } catch (error) {
    if (error instanceof UnusableInput) return error.message;
    throw error;
  }
  throw new Error("expected an unusable input");
}

describe("readArguments", () => {
  it("reads a command, its options and its files", () => {
    expect(readArguments(["validate", "plans", "--as-of", "2027-03-01", "--json", "a.visit.json"])).toEqual({
      command: "validate",
      options: { "as-of": "2027-03-01", json: true },
      files: ["plans", "a.visit.json"],
      locale: en,
    });
    expect(readArguments(["aggregate", "-", "--group-by", "school", "--group-by", "role"])).toMatchObject({
      command: "aggregate",
      options: { "group-by": ["school", "role"] },
      files: ["-"],
    });
  });

  it("asks for help with no arguments, help, --help or -h, for the program or a command", () => {
    expect(readArguments([])).toEqual({ command: "help", locale: en, asked: false });
    expect(readArguments(["--help"])).toEqual({ command: "help", locale: en, asked: true });
    expect(readArguments(["help", "ics"])).toEqual({ command: "help", topic: "ics", locale: en, asked: true });
    expect(readArguments(["schedule", "-h"])).toEqual({ command: "help", topic: "schedule", locale: en, asked: true });
    expect(readArguments(["schedule", "--locale", "en", "--help"])).toEqual({ command: "help", topic: "schedule", locale: en, asked: true });
  });

  it("reads --locale before or after the command, with a space or =", () => {
    expect(readArguments(["--locale", "zh-Hant", "validate", "a.visit.json"])).toEqual({ command: "validate", options: {}, files: ["a.visit.json"], locale: zhHant });
    expect(readArguments(["validate", "a.visit.json", "--locale=zh-Hant", "--json"])).toEqual({ command: "validate", options: { json: true }, files: ["a.visit.json"], locale: zhHant });
    expect(readArguments(["help", "ics", "--locale", "zh-Hant"])).toEqual({ command: "help", topic: "ics", locale: zhHant, asked: true });
    // Given only a language, the program has nothing to do: the help explains the mistake.
    expect(readArguments(["--locale", "zh-Hant"])).toEqual({ command: "help", locale: zhHant, asked: false });
    // After --, arguments are files.
    expect(readArguments(["validate", "--locale", "zh-Hant", "--", "--locale"])).toMatchObject({ files: ["--locale"], locale: zhHant });
  });

  it("refuses unknown commands, options and locales, naming them", () => {
    expect(problem(["check"])).toBe('unknown command "check": expected validate, schedule, aggregate, ics or schema');
    expect(problem(["help", "check"])).toMatch(/unknown command "check"/);
    expect(problem(["validate", "--policies", "x"])).toBe("validate: unknown option --policies");
    expect(problem(["validate", "--as-of"])).toBe("validate: --as-of needs a value");
    expect(problem(["validate", "--json=yes"])).toBe("validate: --json takes no value");
    expect(problem(["ics", "--locale", "fr"])).toBe('--locale: unknown locale "fr": expected one of en, zh-Hant');
    expect(problem(["ics", "--locale", "zh-HK"])).toBe('--locale: unknown locale "zh-HK": expected one of en, zh-Hant');
    expect(problem(["ics", "--locale"])).toBe("--locale: --locale needs a value");
  });

  it("explains mistakes in the other arguments in the language asked for", () => {
    expect(problem(["check", "--locale", "zh-Hant"])).toBe("不明的指令「check」：應為 validate、schedule、aggregate、ics 或 schema");
    expect(problem(["validate", "--policies", "x", "--locale", "zh-Hant"])).toBe("validate: 不明的選項--policies");
    expect(problem(["--locale", "zh-Hant", "validate", "--as-of"])).toBe("validate: --as-of須附有值");
    expect(problem(["validate", "--json=yes", "--locale=zh-Hant"])).toBe("validate: --json不接受值");
  });
});

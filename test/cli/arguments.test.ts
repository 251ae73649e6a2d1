import { describe, expect, it } from "vitest";
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
      locale: "en",
    });
    expect(readArguments(["aggregate", "-", "--group-by", "school", "--group-by", "role"])).toMatchObject({
      command: "aggregate",
      options: { "group-by": ["school", "role"] },
      files: ["-"],
    });
  });

  it("asks for help with no arguments, help, --help or -h, for the program or a command", () => {
    expect(readArguments([])).toEqual({ command: "help", locale: "en" });
    expect(readArguments(["--help"])).toEqual({ command: "help", locale: "en" });
    expect(readArguments(["help", "ics"])).toEqual({ command: "help", topic: "ics", locale: "en" });
    expect(readArguments(["schedule", "-h"])).toEqual({ command: "help", topic: "schedule", locale: "en" });
    expect(readArguments(["schedule", "--locale", "en", "--help"])).toEqual({ command: "help", topic: "schedule", locale: "en" });
  });

  it("refuses unknown commands, options and locales, naming them", () => {
    expect(problem(["check"])).toBe('unknown command "check": expected validate, schedule, aggregate, ics or schema');
    expect(problem(["help", "check"])).toMatch(/unknown command "check"/);
    expect(problem(["validate", "--policies", "x"])).toBe("validate: unknown option --policies");
    expect(problem(["validate", "--as-of"])).toBe("validate: --as-of needs a value");
    expect(problem(["validate", "--json=yes"])).toBe("validate: --json takes no value");
    expect(problem(["ics", "--locale", "fr"])).toBe('--locale: unknown locale "fr": expected one of en');
  });
});

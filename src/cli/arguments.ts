/**
 * The command line's arguments, read with `node:util`'s `parseArgs`: the
 * command, its options and its files. Internal module.
 */
import { parseArgs } from "node:util";
import { cliLocales, say, type CliLocale } from "./messages.js";
import { UnusableInput } from "./unusable.js";

/** The commands of the program. */
export const commandNames = ["validate", "schedule", "aggregate", "ics", "schema"] as const;

/** A command of the program. */
export type CommandName = (typeof commandNames)[number];

const common = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  locale: { type: "string" },
} as const;

/** The options of each command, as `parseArgs` takes them. */
export const commandOptions = {
  validate: {
    ...common,
    kind: { type: "string" },
    policy: { type: "string" },
    calendar: { type: "string" },
    "as-of": { type: "string" },
    markdown: { type: "boolean" },
  },
  schedule: {
    ...common,
    template: { type: "string" },
    "activity-day": { type: "string" },
    "start-day": { type: "string" },
    "as-of": { type: "string" },
    compress: { type: "boolean" },
    "phase-length": { type: "string" },
    "plan-id": { type: "string" },
    school: { type: "string" },
    person: { type: "string", multiple: true },
    markdown: { type: "boolean" },
  },
  aggregate: {
    ...common,
    survey: { type: "string" },
    "group-by": { type: "string", multiple: true },
    "min-group-size": { type: "string" },
    invited: { type: "string", multiple: true },
    csv: { type: "boolean" },
  },
  ics: {
    ...common,
    "uid-domain": { type: "string" },
    dtstamp: { type: "string" },
    "calendar-name": { type: "string" },
  },
  schema: { ...common },
} as const;

/** The option values of a command. */
export type OptionValues<C extends CommandName> = {
  -readonly [K in keyof (typeof commandOptions)[C]]?: (typeof commandOptions)[C][K] extends { multiple: true }
    ? string[]
    : (typeof commandOptions)[C][K] extends { type: "boolean" }
      ? boolean
      : string;
};

/** What the command line asks for. */
export type Invocation =
  | { readonly command: "help"; readonly topic?: CommandName; readonly locale: CliLocale }
  | { readonly [C in CommandName]: { readonly command: C; readonly options: OptionValues<C>; readonly files: readonly string[]; readonly locale: CliLocale } }[CommandName];

function isCommand(text: string | undefined): text is CommandName {
  return (commandNames as readonly string[]).includes(text ?? "");
}

function localeOf(text: string | undefined): CliLocale {
  if (text === undefined) return "en";
  if ((cliLocales as readonly string[]).includes(text)) return text as CliLocale;
  throw UnusableInput.of("--locale", say("unusable.locale", { locale: text, locales: cliLocales.join(", ") }));
}

/** Node's argument errors, in the catalogue's words. */
function argumentError(command: string, error: unknown): UnusableInput {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return UnusableInput.of(command, say("unusable.unknown-option", { option }));
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const key = message?.includes("does not take") === true ? "unusable.option-no-value" : "unusable.option-value";
    return UnusableInput.of(command, say(key, { option }));
  }
  return UnusableInput.of(command, message ?? String(error));
}

/**
 * Reads the arguments after the program's name: a command and its options
 * and files, or a request for help. Throws an {@link UnusableInput} on an
 * unknown command or option.
 */
export function readArguments(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") return { command: "help", locale: "en" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { command: "help", locale: "en" };
    if (!isCommand(topic)) throw UnusableInput.of("", say("unusable.unknown-command", { command: topic }));
    return { command: "help", topic, locale: "en" };
  }
  if (!isCommand(first)) throw UnusableInput.of("", say("unusable.unknown-command", { command: first }));
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: commandOptions[first], allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(first, error);
  }
  const locale = localeOf(parsed.values["locale"] as string | undefined);
  if (parsed.values["help"] === true) return { command: "help", topic: first, locale };
  return { command: first, options: parsed.values, files: parsed.positionals, locale } as Invocation;
}

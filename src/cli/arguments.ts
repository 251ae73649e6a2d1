/**
 * The command line's arguments, read with `node:util`'s `parseArgs`: the
 * command, its options and its files. Internal module.
 */
import { parseArgs } from "node:util";
import { en, type Locale } from "../text/locale.js";
import { localeOfTag, localeTags } from "./locales.js";
import { say, sayList } from "./message.js";
import { UnusableInput } from "./unusable.js";

/** The commands of the program. */
export const commandNames = ["validate", "schedule", "aggregate", "ics", "schema"] as const;

/** A command of the program. */
export type CommandName = (typeof commandNames)[number];

// `--locale` is read before the command's options (see `localeIn`), so that
// every message, even one about the other arguments, is in its language.
const common = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
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
  | {
      readonly command: "help";
      readonly topic?: CommandName;
      readonly locale: Locale;
      /** False when the program was given nothing to do, so that the help explains a mistake. */
      readonly asked: boolean;
    }
  | { readonly [C in CommandName]: { readonly command: C; readonly options: OptionValues<C>; readonly files: readonly string[]; readonly locale: Locale } }[CommandName];

function isCommand(text: string | undefined): text is CommandName {
  return (commandNames as readonly string[]).includes(text ?? "");
}

/** `--locale <code>` or `--locale=<code>` at `index`: how many arguments it takes and its value, if it is one. */
function localeAt(argv: readonly string[], index: number): { readonly length: 1 | 2; readonly value: string | undefined } | undefined {
  const argument = argv[index];
  if (argument === "--locale") return { length: 2, value: argv[index + 1] };
  if (argument?.startsWith("--locale=") === true) return { length: 1, value: argument.slice("--locale=".length) };
  return undefined;
}

/**
 * The locale `--locale` asks for, wherever it is (before or after the
 * command; the last one counts), and the other arguments; English without
 * one. Arguments after `--` are files, never options. Throws an
 * {@link UnusableInput} (in English: the language is what is wrong) for a
 * tag that is not one of {@link localeTags} or a `--locale` without a value.
 */
export function localeIn(argv: readonly string[]): { readonly locale: Locale; readonly rest: readonly string[] } {
  let locale: Locale = en;
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === "--") {
      rest.push(...argv.slice(index));
      break;
    }
    const found = localeAt(argv, index);
    if (found === undefined) {
      rest.push(argument);
      continue;
    }
    if (found.value === undefined) throw UnusableInput.of("--locale", say("unusable.option-value", { option: "--locale" }, en));
    const asked = localeOfTag(found.value);
    if (asked === undefined) throw UnusableInput.of("--locale", say("unusable.locale", { locale: found.value, locales: sayList(localeTags, en) }, en));
    locale = asked;
    index += found.length - 1;
  }
  return { locale, rest };
}

/** Node's argument errors, in the catalogue's words. */
function argumentError(command: string, error: unknown, locale: Locale): UnusableInput {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return UnusableInput.of(command, say("unusable.unknown-option", { option }, locale));
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const key = message?.includes("does not take") === true ? "unusable.option-no-value" : "unusable.option-value";
    return UnusableInput.of(command, say(key, { option }, locale));
  }
  return UnusableInput.of(command, message ?? String(error));
}

/**
 * Reads the arguments after the program's name: a command and its options
 * and files, or a request for help, each in the locale `--locale` asks for.
 * Throws an {@link UnusableInput} on an unknown command, option or locale.
 */
export function readArguments(argv: readonly string[]): Invocation {
  const { locale, rest: args } = localeIn(argv);
  const [first, ...rest] = args;
  if (first === undefined) return { command: "help", locale, asked: false };
  if (first === "--help" || first === "-h") return { command: "help", locale, asked: true };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { command: "help", locale, asked: true };
    if (!isCommand(topic)) throw UnusableInput.of("", say("unusable.unknown-command", { command: topic }, locale));
    return { command: "help", topic, locale, asked: true };
  }
  if (!isCommand(first)) throw UnusableInput.of("", say("unusable.unknown-command", { command: first }, locale));
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: commandOptions[first], allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(first, error, locale);
  }
  if (parsed.values["help"] === true) return { command: "help", topic: first, locale, asked: true };
  return { command: first, options: parsed.values, files: parsed.positionals, locale } as Invocation;
}

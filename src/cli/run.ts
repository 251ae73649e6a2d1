/**
 * The command line's program: arguments in; output, errors and exit status
 * out. Files, standard input and the clock come through a {@link CliHost},
 * so the program runs on files held in memory as well as on disk. Internal
 * module.
 */
import { match } from "ts-pattern";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { aggregateCommand, readAggregateInput } from "./commands/aggregate.js";
import { icsCommand, readIcsInput } from "./commands/ics.js";
import { readScheduleInput, scheduleCommand } from "./commands/schedule.js";
import { schemaCommand } from "./commands/schema.js";
import { readValidateInput, validateCommand } from "./commands/validate.js";
import { helpText } from "./help.js";
import type { CliHost } from "./host.js";
import { en, type Locale } from "../text/locale.js";
import { localeIn, readArguments, type Invocation } from "./arguments.js";
import { say } from "./message.js";
import { lines, type CliOutput } from "./output.js";
import { describeProblem, UnusableInput } from "./unusable.js";

/** `planId` → `--plan-id`: the option an option of the library comes from. */
function optionName(key: string | number | undefined): string {
  return typeof key === "string" ? `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}` : "";
}

function unusable(error: UnusableInput, command: string | undefined, locale: Locale): CliOutput {
  const hint = command === undefined ? [] : [say("unusable.usage-hint", { command }, locale)];
  const problems = error.problems.map((problem) => `${say("unusable.prefix", {}, locale)}${describeProblem(problem)}`);
  return { stdout: "", stderr: lines([...problems, ...hint].join("\n")), exitCode: 2 };
}

async function invoke(invocation: Exclude<Invocation, { command: "help" }>, host: CliHost): Promise<CliOutput> {
  return match(invocation)
    .with({ command: "validate" }, async ({ options, files, locale }) => validateCommand(await readValidateInput(host, options, files, locale)))
    .with({ command: "schedule" }, async ({ options, files, locale }) => scheduleCommand(await readScheduleInput(host, options, files, locale)))
    .with({ command: "aggregate" }, async ({ options, files, locale }) => aggregateCommand(await readAggregateInput(host, options, files, locale)))
    .with({ command: "ics" }, async ({ options, files, locale }) => icsCommand(await readIcsInput(host, options, files, locale)))
    .with({ command: "schema" }, async ({ files, locale }) => schemaCommand(files, locale))
    .exhaustive();
}

/**
 * Runs the program on its arguments (without `node` and the script's name).
 * Never throws for bad input: an input that cannot be used gives exit status
 * 2 and a message naming the file or option and the path inside it.
 */
export async function runCli(argv: readonly string[], host: CliHost): Promise<CliOutput> {
  let invocation: Invocation | undefined;
  // English until --locale is read, and for a --locale that cannot be used.
  let locale: Locale = en;
  try {
    locale = localeIn(argv).locale;
    invocation = readArguments(argv);
    if (invocation.command === "help") {
      const text = lines(helpText(invocation.topic, locale));
      // Asked for, help is the output; given no command at all, it explains the mistake.
      return invocation.asked ? { stdout: text, stderr: "", exitCode: 0 } : { stdout: "", stderr: text, exitCode: 2 };
    }
    return await invoke(invocation, host);
  } catch (error) {
    const command = invocation !== undefined && invocation.command !== "help" ? invocation.command : undefined;
    if (error instanceof UnusableInput) return unusable(error, command, locale);
    // Options the library refuses (a plan id too long, a minimum group size below 3), named as options.
    if (error instanceof InvalidInputError) {
      const problems = error.diagnostics.map((d) => ({ source: optionName(d.path[0]), path: d.path.slice(1), message: d.message }));
      return unusable(new UnusableInput(problems), command, locale);
    }
    throw error;
  }
}

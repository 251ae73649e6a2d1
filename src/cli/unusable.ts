/**
 * An input the command line cannot use at all (a missing file, broken JSON,
 * an invalid calendar to schedule on, an unknown option), as opposed to a
 * record with findings. It names the file (or option) and the path inside
 * it, and makes the program exit with status 2. Internal module.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** Where a problem is: a file (or an option such as `--as-of`) and a path inside it. */
export interface Problem {
  /** The file as given on the command line, "standard input", an option such as `--as-of`, a command, or "" for the command line as a whole. */
  readonly source: string;
  /** The path inside the file, outermost first; empty for the file as a whole. */
  readonly path: readonly (string | number)[];
  /** What is wrong, for people. */
  readonly message: string;
}

/** Thrown inside the command line for inputs it cannot use; `runCli` turns it into exit status 2. */
export class UnusableInput extends Error {
  /** Every problem found, each with its file and path. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(describeProblem).join("\n"));
    this.name = "UnusableInput";
    this.problems = problems;
  }

  /** One problem with a file or option as a whole. */
  static of(source: string, message: string): UnusableInput {
    return new UnusableInput([{ source, path: [], message }]);
  }

  /** The error-severity diagnostics of a file that had to be valid, such as the calendar to schedule on. */
  static fromDiagnostics(source: string, diagnostics: readonly Diagnostic[]): UnusableInput {
    return new UnusableInput(
      diagnostics.filter((d) => d.severity === "error").map((d) => ({ source, path: d.path, message: d.message })),
    );
  }
}

/** `file: path.inside: message`, the form compilers and linters use. */
export function describeProblem(problem: Problem): string {
  return [...(problem.source === "" ? [] : [problem.source]), ...(problem.path.length > 0 ? [problem.path.join(".")] : []), problem.message].join(": ");
}

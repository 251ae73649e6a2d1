/**
 * What a command gives back: the text for standard output and standard
 * error, and the exit status. Internal module.
 */
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";

/** A command's output and exit status: 0 clean, 1 findings of error severity, 2 an input that could not be used. */
export interface CliOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** 1 when a finding has error severity, else 0. */
export function exitCodeOf(diagnostics: readonly Diagnostic[]): 0 | 1 {
  return hasErrors(diagnostics) ? 1 : 0;
}

/** A value as indented JSON, ending with a line break. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Text ending with exactly one line break; nothing for no text. */
export function lines(text: string): string {
  return text === "" ? "" : `${text.replace(/\n+$/, "")}\n`;
}

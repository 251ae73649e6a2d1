/**
 * What the command line needs from the system: files, standard input and the
 * time. The program passes Node's; tests pass files held in memory. Internal
 * module.
 */

/** The command line's access to files, standard input and the clock. */
export interface CliHost {
  /**
   * The text of a file; throws the system's error when it is missing or
   * unreadable, with Node's `code` (`ENOENT` for a missing file), which the
   * command line explains in its language.
   */
  readText(path: string): string;
  /** Whether `path` is a directory. */
  isDirectory(path: string): boolean;
  /** Every file under a directory and its subdirectories, as paths that start with `directory`, sorted. */
  listFiles(directory: string): readonly string[];
  /** All of standard input. */
  readStdin(): Promise<string>;
  /** The current time in UTC, as `YYYY-MM-DDTHH:MM:SSZ`: the only reading of the clock, for iCalendar's DTSTAMP. */
  now(): string;
}

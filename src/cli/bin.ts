#!/usr/bin/env node
/**
 * The `collegiate` program: the thin shell that gives the command line
 * Node's files, standard input and clock, prints what it returns and sets
 * the exit status. Internal module.
 */
import { nodeHost } from "./nodeHost.js";
import { runCli } from "./run.js";

void runCli(process.argv.slice(2), nodeHost).then((output) => {
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.exitCode;
});

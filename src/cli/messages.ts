/**
 * Every sentence the `collegiate` command prints: help, headings, summaries
 * and the reasons an input cannot be used. The Traditional Chinese catalogue
 * (`messages.zh-Hant.ts`) has the same keys and placeholders; `--locale`
 * chooses one, and `message.ts` fills its templates. Internal module.
 */
import { schemaMessages } from "../schemas/messages.js";

/** The command line's message catalogue, in English. */
export const cliMessages = {
  "help.program": `collegiate: check and schedule teachers' professional experience sharing from JSON files.

Usage: collegiate <command> [options] [files]

Commands:
  validate   check records (visits, sessions, plans, communities, calendars, templates, …) against their schema and their policy
  schedule   put every stage of a plan on a school calendar
  aggregate  summarise responses to a survey, protecting small groups
  ics        export a timeline to calendar applications (iCalendar)
  schema     print the JSON Schema of a kind of file

Options for every command:
  --json            print JSON instead of text
  --locale <code>   language of the output: {locales}
  -h, --help        explain a command: collegiate <command> --help

Files are JSON; "-" reads standard input. Exit status: 0 when nothing of error severity was found, 1 when something was, 2 when an input could not be used.`,
  "help.validate": `Usage: collegiate validate [options] <file or directory>...

Checks each file against the schema of its kind and, for visits, sessions, learning communities and sharing activity plans, against the rules of a policy. A file's kind comes from its name, <name>.<kind>.json (such as chan-2027-02-03.visit.json), or from --kind. A directory is searched, with its subdirectories, for files named that way.

Kinds: {kinds}

Options:
  --kind <kind>         the kind of every file given (needed for standard input)
  --policy <policy>     a built-in policy ({policies}) or a policy file; it replaces the default policy of the kinds it has rules for
  --calendar <file>     the school calendar for counts in school days; by default the one calendar file among the inputs, if there is exactly one
  --as-of <day>         the day the records are judged on (YYYY-MM-DD): what is overdue by then is reported
  --markdown            print findings as Markdown tables
  --json                print the findings as JSON: ok, and the files, each with its file, kind, ok and diagnostics`,
  "help.schedule": `Usage: collegiate schedule [options] <calendar file>

Puts every stage of a plan template on the school calendar in the file, backward from an activity day or forward from a start day.

Options:
  --template <template>      a built-in template ({templates}) or a template file (required)
  --activity-day <day>       the activity day, for a template scheduled backward (YYYY-MM-DD)
  --start-day <day>          the first day, for a template scheduled forward (YYYY-MM-DD)
  --as-of <day>              mark each stage upcoming, open or late as of this day
  --compress                 with --as-of after the plan should have started: spread the remaining stages over the school days left
  --phase-length <length>    shortest or longest (default): the length of a phase given as a range of months
  --plan-id <id>             the plan's id, for stable calendar UIDs
  --school <name>            the school the plan belongs to
  --person <name>            someone the plan needs; repeat for several
  --markdown                 print a Markdown table
  --json                     print the timeline as JSON (the input of collegiate ics)`,
  "help.aggregate": `Usage: collegiate aggregate [options] <responses file>

Summarises a list of survey responses: exact statistics per group, with groups smaller than the minimum hidden. Prints the summary report in Markdown; responses and answers that were left out are listed on standard error.

Options:
  --survey <survey>         a built-in survey ({surveys}) or a survey file (required)
  --group-by <attribute>    school, role, activity or session; repeat, or separate with commas, for nested groups
  --min-group-size <n>      hide groups with fewer respondents (default 5, at least 3)
  --invited <n>             the number invited; or <group>=<n> per value of the first grouping attribute, repeated
  --csv                     print CSV instead of Markdown
  --json                    print the summary as JSON`,
  "help.ics": `Usage: collegiate ics [options] <timeline file>

Exports a timeline (the output of collegiate schedule --json) as an iCalendar file: one all-day event per stage.

Options:
  --uid-domain <domain>     the school's domain, which makes event UIDs unique (required)
  --dtstamp <time>          when the file is made, in UTC (YYYY-MM-DDTHH:MM:SSZ); now by default
  --calendar-name <name>    the name calendar applications show
  --json                    print JSON: the iCalendar text (ics) and the timeline's findings (diagnostics)`,
  "help.schema": `Usage: collegiate schema [<kind>]

Prints the JSON Schema (draft 2020-12) of a kind of file, or lists the kinds.

Kinds: {kinds}`,

  "validate.file": "{file}: {title}",
  "validate.total": "Checked {files} file(s): {errors} error(s), {warnings} warning(s), {notes} note(s).",
  "validate.no-files": "No file to check: the directories given hold no file named <name>.<kind>.json.",
  "schema.list-item": "{kind}  {title}",
  "list.separator": ", ",

  // The kinds of file, as the JSON Schemas title them.
  "kind.calendar": schemaMessages["model.calendar.title"],
  "kind.template": schemaMessages["model.template.title"],
  "kind.timeline": schemaMessages["model.timeline.title"],
  "kind.visit": schemaMessages["model.visit.title"],
  "kind.session": schemaMessages["model.session.title"],
  "kind.community": schemaMessages["model.community.title"],
  "kind.plan": schemaMessages["model.plan.title"],
  "kind.policy": schemaMessages["model.policy.title"],
  "kind.survey": schemaMessages["model.survey.title"],
  "kind.response": schemaMessages["model.response.title"],
  "kind.responses": schemaMessages["model.responses.title"],
  "kind.accumulator": schemaMessages["model.accumulator.title"],
  "kind.diagnostic": schemaMessages["model.diagnostic.title"],

  "unusable.prefix": "collegiate: ",
  "unusable.no-file": "no such file or directory",
  "unusable.not-readable": "cannot be read: {reason}",
  "unusable.json": "not valid JSON: {reason}",
  "unusable.json-at": "not valid JSON at line {line}, column {column}: {reason}",
  "unusable.unknown-kind": "cannot tell what the file holds: name it <name>.<kind>.json or pass --kind (kinds: {kinds})",
  "unusable.kind": 'unknown kind "{kind}": expected one of {kinds}',
  "unusable.policy": 'unknown policy "{name}": give a built-in policy ({policies}) or a policy file',
  "unusable.template": 'unknown template "{name}": give a built-in template ({templates}) or a template file',
  "unusable.survey": 'unknown survey "{name}": give a built-in survey ({surveys}) or a survey file',
  "unusable.missing-option": "{option} is required",
  "unusable.day": "expected a day as YYYY-MM-DD: {reason}",
  "unusable.number": 'expected a whole number, not "{value}"',
  "unusable.invited": 'expected a number or <group>=<number>, not "{value}"',
  "unusable.choice": 'expected one of {choices}, not "{value}"',
  "unusable.backward-day":
    '{template} is scheduled backward from an activity day: give --activity-day YYYY-MM-DD{extra}',
  "unusable.forward-day": "{template} is scheduled forward from a start day: give --start-day YYYY-MM-DD{extra}",
  "unusable.other-day": " (not {option})",
  "unusable.not-a-list": "expected a list of responses",
  "unusable.unknown-command": 'unknown command "{command}": expected validate, schedule, aggregate, ics or schema',
  "unusable.unknown-option": "unknown option {option}",
  "unusable.option-value": "{option} needs a value",
  "unusable.option-no-value": "{option} takes no value",
  "unusable.no-input": "give at least one file or directory (or - for standard input)",
  "unusable.one-file": "give exactly one file (or - for standard input)",
  "unusable.locale": 'unknown locale "{locale}": expected one of {locales}',
  "unusable.usage-hint": "Run collegiate {command} --help for the options.",
  "unusable.stdin": "standard input",
} as const;

/**
 * A key of the command line's catalogue.
 */
export type CliMessageKey = keyof typeof cliMessages;

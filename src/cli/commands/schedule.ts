/**
 * `collegiate schedule`: every stage of a plan template on a school calendar,
 * as a table, Markdown or the timeline's JSON. Internal module.
 */
import type { PlainDate } from "../../calendar/plainDate.js";
import type { SchoolCalendar } from "../../calendar/schoolCalendar.js";
import { formatTimeline } from "../../timeline/formatTimeline.js";
import type { PlanTemplate } from "../../timeline/planTemplate.js";
import { scheduleBackward } from "../../timeline/scheduleBackward.js";
import { scheduleForward } from "../../timeline/scheduleForward.js";
import type { Timeline } from "../../timeline/timeline.js";
import { timelineToMarkdown } from "../../timeline/timelineToMarkdown.js";
import { en, type Locale } from "../../text/locale.js";
import type { OptionValues } from "../arguments.js";
import type { CliHost } from "../host.js";
import { readCalendar, readDay, readTemplate } from "../inputs.js";
import { say, sayList } from "../message.js";
import { exitCodeOf, jsonText, lines, type CliOutput } from "../output.js";
import { UnusableInput } from "../unusable.js";

/** A template, the calendar to schedule it on, its anchor day and the options of scheduling. */
export interface ScheduleInput {
  readonly calendar: SchoolCalendar;
  readonly template: PlanTemplate;
  /** The activity day of a template scheduled backward, or the start day of one scheduled forward. */
  readonly anchorDay: PlainDate;
  readonly asOf?: PlainDate;
  readonly compress?: boolean;
  readonly phaseLength?: "shortest" | "longest";
  readonly planId?: string;
  readonly school?: string;
  readonly people?: readonly string[];
  readonly format: "text" | "markdown" | "json";
  /** The language of the timeline's titles and findings and of the table: English by default. */
  readonly locale?: Locale;
}

/** Schedules the template: backward from the activity day or forward from the start day. */
export function scheduleTimeline(input: ScheduleInput): Timeline {
  const { calendar, template, anchorDay, asOf, compress, phaseLength, planId, school, people, locale = en } = input;
  const plan = {
    calendar,
    locale,
    ...(asOf === undefined ? {} : { asOf }),
    ...(planId === undefined ? {} : { planId }),
    ...(school === undefined ? {} : { school }),
    ...(people === undefined ? {} : { people: [...people] }),
  };
  return template.schedule === "backward"
    ? scheduleBackward(template, { ...plan, activityDay: anchorDay, ...(compress === undefined ? {} : { compress }) })
    : scheduleForward(template, { ...plan, startDay: anchorDay, ...(phaseLength === undefined ? {} : { phaseLength }) });
}

/** Runs `schedule` on inputs already read: the timeline, and exit status 1 when scheduling found an error. */
export function scheduleCommand(input: ScheduleInput): CliOutput {
  const timeline = scheduleTimeline(input);
  const exitCode = exitCodeOf(timeline.diagnostics);
  const options = { locale: input.locale ?? en };
  const stdout =
    input.format === "json" ? jsonText(timeline) : lines(input.format === "markdown" ? timelineToMarkdown(timeline, options) : formatTimeline(timeline, options));
  return { stdout, stderr: "", exitCode };
}

/** The anchor day the template needs: `--activity-day` backward, `--start-day` forward. */
function anchorDayOf(template: PlanTemplate, options: OptionValues<"schedule">, locale: Locale): PlainDate {
  const [wanted, other, key] =
    template.schedule === "backward"
      ? (["--activity-day", "--start-day", "unusable.backward-day"] as const)
      : (["--start-day", "--activity-day", "unusable.forward-day"] as const);
  const given = options[wanted.slice(2) as "activity-day" | "start-day"];
  if (given === undefined) {
    const extra = options[other.slice(2) as "activity-day" | "start-day"] === undefined ? "" : say("unusable.other-day", { option: other }, locale);
    throw UnusableInput.of(wanted, say(key, { template: template.id, extra }, locale));
  }
  return readDay(wanted, given, locale);
}

function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], locale: Locale): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw UnusableInput.of(option, say("unusable.choice", { choices: sayList(choices, locale), value }, locale));
}

/** Reads the calendar file, the template and the days `schedule` is given. */
export async function readScheduleInput(host: CliHost, options: OptionValues<"schedule">, files: readonly string[], locale: Locale): Promise<ScheduleInput> {
  const [file, ...more] = files;
  if (file === undefined || more.length > 0) throw UnusableInput.of("schedule", say("unusable.one-file", {}, locale));
  if (options.template === undefined) throw UnusableInput.of("--template", say("unusable.missing-option", { option: "--template" }, locale));
  const template = await readTemplate(host, options.template, locale);
  const anchorDay = anchorDayOf(template, options, locale);
  const calendar = await readCalendar(host, file, locale);
  const phaseLength = choice("--phase-length", options["phase-length"], ["shortest", "longest"] as const, locale);
  return {
    calendar,
    template,
    anchorDay,
    ...(options["as-of"] === undefined ? {} : { asOf: readDay("--as-of", options["as-of"], locale) }),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
    ...(phaseLength === undefined ? {} : { phaseLength }),
    ...(options["plan-id"] === undefined ? {} : { planId: options["plan-id"] }),
    ...(options.school === undefined ? {} : { school: options.school }),
    ...(options.person === undefined ? {} : { people: options.person }),
    format: options.json === true ? "json" : options.markdown === true ? "markdown" : "text",
    locale,
  };
}

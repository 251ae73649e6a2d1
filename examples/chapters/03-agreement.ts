/**
 * Chapter 3: the observation agreement. Before the sharing day, teachers of
 * Harbour Secondary visit each other's lessons to try out what they will
 * share. Every visit is checked against the LNCT agreement and the school's
 * sharing routine; the working group's plan is checked before its content is
 * confirmed.
 */
import {
  definePolicy,
  formatDiagnostics,
  highlandSharing,
  lnctAgreement,
  validatePlan,
  validateVisit,
  type SchoolCalendar,
} from "collegiate";
import { chapter, heading, readExampleJson } from "../story.js";

/** Prints chapter 3 for the sample school's calendar. */
export function agreementChapter(calendar: SchoolCalendar): void {
  chapter(3, "the observation agreement");

  heading("3.1 Harbour Secondary's policy");
  const policy = definePolicy({
    name: "Harbour Secondary",
    extends: [lnctAgreement, highlandSharing],
    options: { dialogueWithinSchoolDays: 2 },
  });
  const rules = Object.keys(policy.rules);
  console.log(`${rules.length} rules: the LNCT agreement (A0–A9) and the sharing routine (H2–H5).`);
  console.log(`The dialogue after a lesson is due within ${policy.options.dialogueWithinSchoolDays} school days, on the school's calendar.`);

  heading("3.2 Ms Chan's lesson on 3 February: a peer visit that respects the agreement");
  const chan = validateVisit(readExampleJson("visit-2027-02-03-chan.json"), policy, { calendar });
  console.log("The lesson was the day before the Lunar New Year holidays; the dialogue on 16 February is 2 school days later.");
  console.log(formatDiagnostics(chan.diagnostics));

  heading("3.3 Mr Wong's lesson on 10 March: a visit that breaks it");
  const wong = validateVisit(readExampleJson("visit-2027-03-10-wong.json"), policy, { calendar });
  console.log(`ok: ${wong.ok}`);
  console.log(formatDiagnostics(wong.diagnostics));

  heading("3.4 May the working group confirm the sharing day's content?");
  const plan = readExampleJson("sharing-day-plan.json") as Record<string, unknown>;
  console.log(`As planned now: ${formatDiagnostics(validatePlan(plan).diagnostics)}`);
  // Ask the question of the plan as it would be with its content confirmed (S5).
  const withContent = validatePlan({ ...plan, content: { confirmedOn: "2027-01-15" } });
  console.log(`With content confirmed on 15 January:\n${formatDiagnostics(withContent.diagnostics)}`);
}

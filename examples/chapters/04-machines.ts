/**
 * Chapter 4: where things stand. The school tool keeps each classroom visit
 * and the sharing activity as state machines: it shows what may happen next,
 * refuses what may not yet happen and says why, in the words of the agreement.
 */
import {
  availableEvents,
  classroomVisitPolicy,
  createClassroomVisitMachine,
  formatDay,
  formatDiagnostics,
  initialSnapshot,
  overdueStages,
  plainDate,
  sharingActivityContext,
  sharingActivityMachine,
  toMermaid,
  transition,
  type EventOf,
  type SchoolCalendar,
  type SnapshotOf,
} from "collegiate";
import { chapter, heading } from "../story.js";

/** Prints chapter 4 for the sample school's calendar. */
export function machinesChapter(calendar: SchoolCalendar): void {
  chapter(4, "where things stand");

  heading("4.1 Mrs Lee visits Mr Ho's lesson, step by step");
  const visitMachine = createClassroomVisitMachine({ policy: classroomVisitPolicy, calendar });
  type VisitEvent = EventOf<typeof visitMachine>;
  let visit: SnapshotOf<typeof visitMachine> = initialSnapshot(visitMachine, {
    visit: {
      id: "visit-2027-03-ho",
      observedTeacher: { id: "t-ho", name: "Mr Ho" },
      visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: true }],
      proposedOn: "2027-03-01",
    },
  });
  const steps: VisitEvent[] = [
    { type: "share-purpose", at: "2027-03-01T16:00:00+08:00", statement: "Try out the sharing day's questioning workshop", sharedWith: ["t-ho", "m-lee"] },
    { type: "schedule", at: "2027-03-02T12:40:00+08:00", visitDay: plainDate("2027-03-09"), minutes: 40, activePartOffered: true },
    {
      type: "agree-focus",
      at: "2027-03-02T12:30:00+08:00",
      areas: ["higher-order questions"],
      feedbackArrangement: "Dialogue the next morning",
      whoDoesWhat: "Mrs Lee notes the questions asked",
    },
    { type: "schedule", at: "2027-03-02T12:40:00+08:00", visitDay: plainDate("2027-03-09"), minutes: 40, activePartOffered: true },
    { type: "record-observation", at: "2027-03-09T11:30:00+08:00", notes: "informal", minutesInClass: 40 },
    {
      type: "hold-dialogue",
      at: "2027-03-10T08:00:00+08:00",
      beganWithTeachersView: true,
      wentWell: ["Every pupil answered at least once"],
      improvementSteps: [
        { step: "Wait longer after asking", for: "observed" },
        { step: "Share the question stems used", for: "observer" },
      ],
    },
    { type: "close", at: "2027-03-12" },
  ];
  for (const event of steps) {
    const result = transition(visitMachine, visit, event);
    if (result.ok) {
      console.log(`  ${event.type.padEnd(19)} → ${result.snapshot.state}`);
      visit = result.snapshot;
    } else {
      console.log(`  ${event.type.padEnd(19)} ✖ refused (${result.refusal.reason}, guard ${result.refusal.guards.join(", ")}):`);
      console.log(formatDiagnostics(result.refusal.diagnostics).replace(/^(?=.)/gm, "      "));
      const next = availableEvents(visitMachine, visit, { at: event.at })
        .filter((entry) => entry.allowed)
        .map((entry) => entry.type);
      console.log(`      Possible now: ${next.join(", ")}.`);
    }
  }
  console.log(`The record keeps ${visit.history.length} events, each with its time; it is plain JSON (${JSON.stringify(visit).length} characters).`);

  heading("4.2 The sharing day's stages, as of 20 January");
  let activity = initialSnapshot(
    sharingActivityMachine,
    sharingActivityContext({
      activityDay: "2027-03-18",
      calendar,
      planId: "harbour-sharing-2027-03",
      plan: {
        title: "Questioning that deepens learning",
        schools: [
          { id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] },
          { id: "hill", name: "Hill Secondary School", representatives: [{ name: "Mr Ho" }] },
        ],
      },
    }),
  );
  for (const event of [
    { type: "complete-stage", at: "2027-01-05", stage: "S1" },
    { type: "start-stage", at: "2027-01-06", stage: "S2" },
    { type: "start-stage", at: "2027-01-06", stage: "S4" },
  ] as const) {
    const result = transition(sharingActivityMachine, activity, event);
    if (result.ok) activity = result.snapshot;
    else console.log(`  ${event.type} ${event.stage}: ${result.refusal.message}`);
  }
  const asOf = plainDate("2027-01-20");
  for (const late of overdueStages(activity, activity.context.timeline, asOf)) {
    console.log(`  Late: ${late.id} ${late.title}, due ${formatDay(late.dueOn)}, ${late.status} (${late.daysLate} days)`);
  }

  heading("4.3 The activity's lifecycle, drawn from the machine (Mermaid)");
  console.log(toMermaid(sharingActivityMachine));
}

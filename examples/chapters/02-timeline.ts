/**
 * Chapter 2: the timeline. "What must happen by when?" for the joint-school
 * sharing day, counted back from the activity day on the school's calendar;
 * the same plan announced late and compressed; a peer coaching programme
 * counted forward; the working group's meetings; and the plan exported for
 * teachers' calendar applications.
 */
import { plainDate, type SchoolCalendar } from "collegiate";
import {
  findClashes,
  formatTimeline,
  jointSchoolSharing,
  learningCommunityYear,
  peerCoachingProgramme,
  recurringMeetings,
  scheduleBackward,
  scheduleForward,
  toICalendar,
} from "collegiate/timeline";
import { chapter, heading } from "../story.js";

/** Prints chapter 2 for the sample school's calendar. */
export function timelineChapter(calendar: SchoolCalendar): void {
  chapter(2, "the timeline");
  const activityDay = plainDate("2027-03-18");
  const plan = { calendar, planId: "harbour-sharing-2027-03", school: "harbour-secondary" };

  heading("2.1 The joint-school sharing day, counted back from Thursday 18 March 2027");
  const timeline = scheduleBackward(jointSchoolSharing, { ...plan, activityDay, asOf: plainDate("2027-01-20") });
  console.log(formatTimeline(timeline));

  heading("2.2 The same day announced only five weeks ahead, compressed");
  const late = scheduleBackward(jointSchoolSharing, { ...plan, activityDay, asOf: plainDate("2027-02-11"), compress: true });
  console.log(formatTimeline(late));

  heading("2.3 A day on a public holiday is refused with the closure's name");
  const holiday = scheduleBackward(jointSchoolSharing, { calendar, activityDay: plainDate("2027-05-13") });
  for (const d of holiday.diagnostics) console.log(`  ${d.ruleId}: ${d.message} ${d.hint ?? ""}`);

  heading("2.4 A peer coaching programme from September, counted forward");
  const coaching = scheduleForward(peerCoachingProgramme, {
    calendar,
    startDay: plainDate("2026-09-07"),
    planId: "harbour-coaching-2026",
    school: "harbour-secondary",
    people: ["coaches"],
  });
  console.log(formatTimeline(coaching));

  heading("2.5 The learning community's fortnightly meetings, in its meeting stage");
  const community = scheduleForward(learningCommunityYear, { calendar, startDay: plainDate("2026-09-01") });
  const meetingStage = community.stages.find((stage) => stage.id === "L3");
  if (meetingStage !== undefined) {
    const meetings = recurringMeetings(calendar, { from: meetingStage.opensOn, to: meetingStage.dueOn, every: { weeks: 2 }, weekday: "wednesday" });
    console.log(`${meetings.meetings.length} meetings from ${meetingStage.opensOn} to ${meetingStage.dueOn}; first ${meetings.meetings.slice(0, 3).join(", ")} …`);
    for (const d of meetings.diagnostics) console.log(`  ${d.severity}: ${d.message}`);
  }

  heading("2.6 Clashes with another plan of the school");
  const second = scheduleBackward(jointSchoolSharing, { ...plan, planId: "harbour-maths-2027-03", activityDay: plainDate("2027-03-11") });
  for (const d of findClashes([timeline, second, coaching])) console.log(`  ${d.severity}: ${d.message}`);

  heading("2.7 For teachers' calendars (iCalendar, first event)");
  const ics = toICalendar(timeline, { dtstamp: "2027-01-20T08:00:00Z", uidDomain: "harbour.example.edu.hk", calendarName: "Sharing day 2027" });
  const firstEvent = ics.slice(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT") + "END:VEVENT".length);
  console.log(firstEvent.replace(/\r\n/g, "\n"));
}

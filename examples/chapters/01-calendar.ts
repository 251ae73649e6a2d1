/**
 * Chapter 1: the school calendar. What a coordinator asks before planning
 * anything: which days is the school open, and how many school days are left?
 */
import {
  addDays,
  addMonths,
  addSchoolDays,
  describeDay,
  formatDay,
  listSchoolDays,
  parseSchoolCalendar,
  plainDate,
  rollToSchoolDay,
  schoolDaysBetween,
  type PlainDate,
  type SchoolCalendar,
} from "collegiate";
import { chapter, heading } from "../story.js";

/** Why a day is closed, in a few words ("closed: Christmas Day, weekend"). */
export function whyClosed(calendar: SchoolCalendar, day: PlainDate): string {
  const description = describeDay(calendar, day);
  if (description.schoolDay) return "school day";
  const reasons = [
    ...description.closures.map((closure) => closure.name),
    ...(description.weekend ? ["weekend"] : []),
    ...(description.outsideTerms ? ["outside every term"] : []),
  ];
  return `closed: ${reasons.join(", ")}`;
}

/** Prints chapter 1 for the sample school's calendar. */
export function calendarChapter(calendar: SchoolCalendar): void {
  chapter(1, "the school calendar");
  heading(`1.1 The school calendar: ${calendar.name ?? "sample school"}`);
  console.log(`Weekend: ${calendar.weekend.join(" and ")}`);
  for (const term of calendar.terms) {
    // Terms include their last day; school-day counts are half-open [from, to).
    const days = schoolDaysBetween(calendar, term.start, addDays(term.end, 1));
    console.log(`${term.name}: ${formatDay(term.start)} to ${formatDay(term.end)}, ${days} school days`);
  }
  console.log(`Closures: ${calendar.closures.length}`);

  console.log("\nSchool days per month:");
  for (let month = plainDate("2026-09-01"); month < "2027-08-01"; month = addMonths(month, 1)) {
    const count = schoolDaysBetween(calendar, month, addMonths(month, 1));
    console.log(`  ${formatDay(month, "MMM yyyy")}  ${"■".repeat(count)} ${count}`);
  }

  heading("1.2 Is the school open?");
  for (const day of ["2026-10-01", "2026-12-25", "2027-02-08", "2027-03-20", "2027-03-18"].map(plainDate)) {
    console.log(`  ${formatDay(day)}  ${whyClosed(calendar, day)}`);
  }

  heading("1.3 Counting in school days");
  const sharingDay = plainDate("2027-03-18");
  console.log(`A joint-school sharing day is planned for ${formatDay(sharingDay)}.`);
  const threeMonthsBefore = addMonths(sharingDay, -3);
  console.log(
    `Three months before is ${formatDay(threeMonthsBefore)} (${whyClosed(calendar, threeMonthsBefore)}); ` +
      `the working group forms on the school day before or on it: ${formatDay(rollToSchoolDay(calendar, threeMonthsBefore, "backward"))}.`,
  );
  console.log(`School days from then to the sharing day: ${schoolDaysBetween(calendar, rollToSchoolDay(calendar, threeMonthsBefore, "backward"), sharingDay)}.`);
  console.log(`Ten school days before the sharing day: ${formatDay(addSchoolDays(calendar, sharingDay, -10))}.`);
  const lunarNewYear = listSchoolDays(calendar, plainDate("2027-02-01"), plainDate("2027-02-20"));
  console.log(`School days 1–19 February, around the Lunar New Year holidays: ${lunarNewYear.map((day) => formatDay(day, "d")).join(", ")}.`);

  heading("1.4 A calendar with mistakes is refused with every problem");
  const broken = parseSchoolCalendar({
    weekend: ["saturday", "sundy"],
    terms: [{ name: "First term", start: "2026-09-01", end: "2026-02-29" }],
  });
  for (const d of broken.diagnostics) console.log(`  ${d.path.join(".")}: ${d.message}`);
}

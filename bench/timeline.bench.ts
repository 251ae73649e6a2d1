/**
 * Scheduling 10,000 joint-school sharing activities (S1…S9, backward from the
 * activity day) on a calendar of two sessions with 60 closures.
 *
 * Peer: "day-by-day reference scheduler", the same rules written as plain
 * loops that step one day at a time (test/timeline/referenceScheduler.ts),
 * on integer days with a precomputed open-day table: the practical loop a
 * school tool would write. Both must give the same dates for every activity
 * before anything is timed.
 */
import { defineSchoolCalendar, listSchoolDays, plainDate, type PlainDate } from "../src/calendar/index.js";
import { toDayNumber } from "../src/calendar/dayNumber.js";
import { jointSchoolSharing, scheduleBackward } from "../src/timeline/index.js";
import { referenceScheduleBackward } from "../test/timeline/referenceScheduler.js";
import { compare } from "./harness.js";

const ACTIVITIES = 10_000;

// Two sessions; a closure about every twelve days, as in the calendar benchmark.
const terms = [
  { name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" },
  { name: "Session 2027/28", start: "2027-09-01", end: "2028-07-14" },
];
const closures = Array.from({ length: 60 }, (_, i) => {
  const start = toDayNumber("2026-09-07") + i * 12 + (i % 3);
  return { name: `Closure ${i + 1}`, start: new Date(start * 86_400_000).toISOString().slice(0, 10) };
});
const calendar = defineSchoolCalendar({ terms, closures });

// Activity days: the school days of the second session, whose preparation lies in the first.
const activityDays: PlainDate[] = listSchoolDays(calendar, plainDate("2027-10-01"), plainDate("2028-06-01"));

// The peer's school-day test: a table of open days over the calendar's span.
const first = toDayNumber("2026-01-01");
const open = new Uint8Array(3 * 366);
const closed = new Set(closures.map((closure) => toDayNumber(closure.start)));
const termNumbers = terms.map((term) => [toDayNumber(term.start), toDayNumber(term.end)] as const);
for (let n = first; n < first + open.length; n += 1) {
  const weekday = (((n + 3) % 7) + 7) % 7; // Monday = 0
  open[n - first] = weekday < 5 && termNumbers.some(([a, b]) => n >= a && n <= b) && !closed.has(n) ? 1 : 0;
}
const isOpen = (n: number) => open[n - first] === 1;

function scheduleAll(): number {
  let last = 0;
  for (let i = 0; i < ACTIVITIES; i += 1) {
    last += scheduleBackward(jointSchoolSharing, { activityDay: activityDays[i % activityDays.length] as PlainDate, calendar }).stages.length;
  }
  return last;
}

function referenceAll(): number {
  let last = 0;
  for (let i = 0; i < ACTIVITIES; i += 1) {
    last += referenceScheduleBackward(jointSchoolSharing, activityDays[i % activityDays.length] as PlainDate, isOpen).stages.length;
  }
  return last;
}

// Same answers before timing anything.
for (const activityDay of activityDays) {
  const own = scheduleBackward(jointSchoolSharing, { activityDay, calendar });
  const reference = referenceScheduleBackward(jointSchoolSharing, activityDay, isOpen);
  const ownDates = own.stages.map((stage) => `${stage.id} ${stage.opensOn} ${stage.dueOn}`).join();
  const referenceDates = reference.stages.map((stage) => `${stage.id} ${stage.opensOn} ${stage.dueOn}`).join();
  if (ownDates !== referenceDates || own.diagnostics.length !== reference.findings.length) {
    throw new Error(`The reference scheduler disagrees for ${activityDay}: the benchmark would compare different work.`);
  }
}

const [own] = compare(
  `scheduleBackward: ${ACTIVITIES.toLocaleString("en")} joint-school activities (two sessions, 60 closures)`,
  { name: "collegiate scheduleBackward", run: scheduleAll },
  [{ name: "day-by-day reference scheduler", run: referenceAll }],
  2000,
);
if (own !== undefined) {
  console.log(`  = ${Math.round(own.opsPerSecond * ACTIVITIES).toLocaleString("en")} timelines per second`);
}

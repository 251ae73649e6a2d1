import { beforeAll, describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { jointSchoolSharing, scheduleBackward } from "../../src/timeline/index.js";
import { collegiateMatchers, toBeScheduledBefore } from "../../src/vitest/index.js";

beforeAll(() => {
  expect.extend(collegiateMatchers);
});

// The timeline guide's example: T = Fri 26 Feb 2027; S1–S3 due Thu 17 Dec 2026 (the last school day
// before S4 opens on Fri 18 Dec), S9 due Wed 24 Mar 2027 (T + 1 month, Fri 26 Mar, is in the Easter holidays).
const calendar = defineSchoolCalendar({
  terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }],
  closures: [
    { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" },
    { name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12" },
    { name: "Easter holidays", start: "2027-03-25", end: "2027-04-06" },
  ],
});
const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-26", calendar });

describe("toBeScheduledBefore", () => {
  it("passes when the stage is due before the day, and not on it", () => {
    expect(timeline).toBeScheduledBefore("S3", "2026-12-18");
    expect(timeline).not.toBeScheduledBefore("S3", "2026-12-17");
    expect(timeline).not.toBeScheduledBefore("S9", "2027-03-24");
    expect(timeline).toBeScheduledBefore("S9", "2027-03-25");
  });

  it("gives the stage's days when it is late", () => {
    expect(() => expect(timeline).toBeScheduledBefore("S9", "2027-03-01")).toThrow(
      "Expected stage S9 to be due before 2027-03-01, but it is due on 2027-03-24 (it opens on 2027-03-01).",
    );
    expect(() => expect(timeline).not.toBeScheduledBefore("S3", "2027-01-01")).toThrow(
      "Expected stage S3 not to be due before 2027-01-01, but it is due on 2026-12-17 (it opens on 2026-11-26).",
    );
  });

  it("lists the timeline's diagnostics", () => {
    // 2027-02-06 is a Saturday in the Lunar New Year holidays: the activity day is closed.
    const closed = scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-06", calendar });
    expect(() => expect(closed).toBeScheduledBefore("S8", "2027-02-01")).toThrow(
      /due on 2027-02-06 \(it opens on 2027-02-06\)\.\nThe timeline's diagnostics:\n✖ error {2}activityDay {2}timeline\/activity-day-closed/,
    );
  });

  it("names the stages when the stage is missing", () => {
    expect(() => expect(timeline).toBeScheduledBefore("S10", "2027-03-01")).toThrow(
      "Expected stage S10 to be due before 2027-03-01, but the timeline has no stage S10; its stages are S1, S2, S3, S4, S5, S6, S7, S8, S9.",
    );
  });

  it("fails on what is not a timeline, and throws on a day that is not one", () => {
    expect(() => expect({ stages: [] }).toBeScheduledBefore("S1", "2027-03-01")).toThrow(
      "Expected a timeline (from scheduleBackward or scheduleForward), but received an object with keys stages.",
    );
    expect(() => toBeScheduledBefore.call({}, timeline, "S1", "2027-02-29")).toThrow(/2027-02-29 is not a real day/);
  });
});

import { describe, expect, it } from "vitest";
import { regularMeetings } from "../../../../src/agreement/index.js";
import { plainDate } from "../../../../src/calendar/index.js";
import { hongKong2026 } from "../../../support/calendars.js";
import { community } from "../../records.js";

const L3 = { document: "learning-communities", clause: "L3" };
const harbourOnly = (heldOn: string[], period = true) =>
  community({
    ...(period ? {} : { period: undefined }),
    schools: [{ id: "harbour", name: "Harbour Secondary School", coordinator: { name: "Ms Chan" } }],
    meetings: heldOn.map((day) => ({ school: "harbour", heldOn: day })),
    media: [],
    resources: [],
  });

describe("community/regular-meetings (L3)", () => {
  it("passes monthly meetings from the start of the period", () => {
    // Harbour: 1 Sep → 24 Sep is 17 school days, 24 Sep → 29 Oct is 25, 29 Oct → 20 Nov is 16 (Monday to Friday).
    expect(regularMeetings.check(community(), { asOf: plainDate("2026-11-20") })).toEqual([]);
  });

  it("reports meetings too far apart, at the later meeting", () => {
    // Weekdays from 24 September 2026 up to 28 January 2027: 5 in September, 22 in October,
    // 21 in November, 23 in December, 19 in January: 90, more than 30.
    const findings = regularMeetings.check(harbourOnly(["2026-09-24", "2027-01-28"], false));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source, f.message])).toEqual([
      [
        "community/regular-meetings",
        "warning",
        ["meetings", 1, "heldOn"],
        L3,
        "Harbour Secondary School held internal meetings on 2026-09-24 and 2027-01-28, 90 school days apart; the policy allows 30.",
      ],
    ]);
  });

  it("reports a first meeting long after the start of the period, at that meeting", () => {
    // 1 September to 20 November 2026: 22 + 22 + 14 = 58 weekdays.
    const findings = regularMeetings.check(harbourOnly(["2026-11-20"]));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [
        ["meetings", 0, "heldOn"],
        "Harbour Secondary School has held no internal meeting from 2026-09-01 to 2026-11-20 (58 school days); the policy allows 30.",
      ],
    ]);
  });

  it("reports the time since the last meeting only when judged as of a day, at the school", () => {
    // 29 October 2026 to 15 January 2027: 56 weekdays for Harbour, 55 from 30 October for Hillside.
    expect(regularMeetings.check(community())).toEqual([]);
    const findings = regularMeetings.check(community(), { asOf: plainDate("2027-01-15") });
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [["schools", 0], "Harbour Secondary School has held no internal meeting from 2026-10-29 to 2027-01-15 (56 school days); the policy allows 30."],
      [["schools", 1], "Hillside College has held no internal meeting from 2026-10-30 to 2027-01-15 (55 school days); the policy allows 30."],
    ]);
  });

  it("stops counting at the end of the support period", () => {
    const ended = community({ period: { start: "2026-09-01", end: "2026-11-20" } });
    expect(regularMeetings.check(ended, { asOf: plainDate("2027-06-01") })).toEqual([]);
  });

  it("reports a school that has held no meeting at all since the period began", () => {
    expect(regularMeetings.check(harbourOnly([]), { asOf: plainDate("2026-11-20") }).map((f) => f.path)).toEqual([["schools", 0]]);
  });

  it("counts school days on the calendar: the Christmas holidays shorten the gap", () => {
    // Harbour Secondary is closed 21 December to 1 January: 29 October to 15 January is 46 school days.
    const options = { meetingGapSchoolDays: 50 };
    expect(regularMeetings.check(community(), { asOf: plainDate("2027-01-15"), calendar: hongKong2026, options })).toEqual([]);
    expect(regularMeetings.check(community(), { asOf: plainDate("2027-01-15"), options })).toHaveLength(2);
  });

  it("judges meetings in the order they were held, whatever the order they are listed in", () => {
    // The same gap as above, 24 September to 28 January, listed last meeting first, with two meetings on one day.
    const findings = regularMeetings.check(harbourOnly(["2027-01-28", "2026-09-24", "2026-09-24"], false));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [
        ["meetings", 0, "heldOn"],
        "Harbour Secondary School held internal meetings on 2026-09-24 and 2027-01-28, 90 school days apart; the policy allows 30.",
      ],
    ]);
  });
});

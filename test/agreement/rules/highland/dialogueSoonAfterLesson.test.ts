import { describe, expect, it } from "vitest";
import { dialogueSoonAfterLesson } from "../../../../src/agreement/index.js";
import { plainDate } from "../../../../src/calendar/index.js";
import { hongKong2026 } from "../../../support/calendars.js";
import { managerVisit, peerVisit, visit } from "../../records.js";

const H5 = { document: "sharing-learning-experiences", clause: "H5" };
const friday = "2027-03-12";
const withDialogue = (visitDay: string, heldOn: string) => managerVisit({ visitDay, dialogue: { heldOn } });

describe("highland/dialogue-soon-after-lesson (H5)", () => {
  it("passes a dialogue the school day after the lesson, or the same day", () => {
    expect(dialogueSoonAfterLesson.check(visit())).toEqual([]);
    expect(dialogueSoonAfterLesson.check(withDialogue(friday, friday))).toEqual([]);
  });

  it("counts school days after the lesson: Tuesday is 2 after a Friday, Wednesday 3", () => {
    expect(dialogueSoonAfterLesson.check(withDialogue(friday, "2027-03-16"))).toEqual([]);
    const findings = dialogueSoonAfterLesson.check(withDialogue(friday, "2027-03-17"));
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.source, f.message])).toEqual([
      [
        "highland/dialogue-soon-after-lesson",
        "warning",
        ["dialogue", "heldOn"],
        H5,
        "The dialogue took place on 2027-03-17, 3 school day(s) after the lesson on 2027-03-12; the policy allows 2.",
      ],
    ]);
  });

  it("uses the school calendar: the Lunar New Year holidays do not count", () => {
    // Harbour Secondary is closed 4–12 February 2027. After a lesson on Wednesday 3 February,
    // Monday 15 is the first school day and Tuesday 16 the second.
    const afterHolidays = withDialogue("2027-02-03", "2027-02-16");
    expect(dialogueSoonAfterLesson.check(afterHolidays, { calendar: hongKong2026 })).toEqual([]);
    // On a Monday-to-Friday calendar without closures, the same dialogue is 9 school days late.
    expect(dialogueSoonAfterLesson.check(afterHolidays)[0]?.message).toContain("9 school day(s) after");
  });

  it("follows the policy's number of school days", () => {
    expect(dialogueSoonAfterLesson.check(withDialogue(friday, "2027-03-17"), { options: { dialogueWithinSchoolDays: 3 } })).toEqual([]);
    expect(dialogueSoonAfterLesson.check(withDialogue(friday, "2027-03-15"), { options: { dialogueWithinSchoolDays: 0 } })).toHaveLength(1);
  });

  it("reports a dialogue dated before the lesson, even in a peer visit", () => {
    const early = peerVisit({ visitDay: friday, dialogue: { heldOn: "2027-03-11" } });
    expect(dialogueSoonAfterLesson.check(early).map((f) => [f.path, f.message])).toEqual([
      [["dialogue", "heldOn"], "The dialogue is dated 2027-03-11, before the lesson on 2027-03-12."],
    ]);
  });

  it("reports a record closed without a dialogue, except a peer visit's (A7)", () => {
    const closed = { visitDay: friday, closedOn: "2027-03-19" };
    expect(dialogueSoonAfterLesson.check(managerVisit(closed)).map((f) => [f.path, f.message])).toEqual([
      [["dialogue"], "The record was closed on 2027-03-19 without a dialogue after the lesson."],
    ]);
    expect(dialogueSoonAfterLesson.check(peerVisit(closed))).toEqual([]);
  });

  it("reports a missing dialogue only when judged as of a day past the allowed school days", () => {
    const held = managerVisit({ visitDay: friday, observation: { notes: "informal" } });
    expect(dialogueSoonAfterLesson.check(held)).toEqual([]);
    expect(dialogueSoonAfterLesson.check(held, { asOf: plainDate("2027-03-16") })).toEqual([]);
    expect(dialogueSoonAfterLesson.check(held, { asOf: plainDate("2027-03-17") }).map((f) => [f.path, f.message])).toEqual([
      [["dialogue"], "No dialogue is recorded 3 school day(s) after the lesson on 2027-03-12 (as of 2027-03-17); the policy allows 2."],
    ]);
    expect(dialogueSoonAfterLesson.check(peerVisit({ visitDay: friday }), { asOf: plainDate("2027-06-01") })).toEqual([]);
  });

  it("asks nothing of a visit without a day", () => {
    expect(dialogueSoonAfterLesson.check(managerVisit({ dialogue: { heldOn: "2027-03-19" } }), { asOf: plainDate("2027-06-01") })).toEqual([]);
  });
});

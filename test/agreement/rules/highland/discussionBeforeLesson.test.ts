import { describe, expect, it } from "vitest";
import { discussionBeforeLesson } from "../../../../src/agreement/index.js";
import { managerVisit, peerVisit, sampleVisit, visit } from "../../records.js";

const H4 = { document: "sharing-learning-experiences", clause: "H4" };

describe("highland/discussion-before-lesson (H4)", () => {
  it("passes focus, purpose and who does what agreed before the lesson", () => {
    expect(discussionBeforeLesson.check(visit())).toEqual([]);
  });

  it("reports a scheduled visit with no discussion, at focus and purpose", () => {
    const findings = discussionBeforeLesson.check(managerVisit({ visitDay: "2027-03-18" }));
    expect(findings.map((f) => [f.path, f.source, f.message])).toEqual([
      [["focus"], H4, "No discussion before the lesson on 2027-03-18 agreed its focus."],
      [["purpose"], H4, "No discussion before the lesson on 2027-03-18 agreed its purpose."],
    ]);
  });

  it("reports who does what left out, at focus.whoDoesWhat", () => {
    const { whoDoesWhat: _left, ...focus } = sampleVisit.focus;
    expect(discussionBeforeLesson.check(visit({ focus })).map((f) => [f.ruleId, f.path])).toEqual([
      ["highland/discussion-before-lesson", ["focus", "whoDoesWhat"]],
    ]);
  });

  it("reports focus or purpose agreed after the lesson", () => {
    const late = visit({
      focus: { ...sampleVisit.focus, agreedOn: "2027-03-19" },
      purpose: { ...sampleVisit.purpose, sharedOn: "2027-03-22" },
    });
    expect(discussionBeforeLesson.check(late).map((f) => f.path)).toEqual([
      ["focus", "agreedOn"],
      ["purpose", "sharedOn"],
    ]);
  });

  it("asks no written record of a peer visit (A7), nor of an unscheduled one", () => {
    expect(discussionBeforeLesson.check(peerVisit({ visitDay: "2027-03-18" }))).toEqual([]);
    expect(discussionBeforeLesson.check(managerVisit())).toEqual([]);
  });
});

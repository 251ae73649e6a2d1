import { beforeAll, describe, expect, it } from "vitest";
import { definePolicy, highlandSharing, jointSchoolSharingPolicy, learningCommunityService, lnctAgreement } from "../../src/agreement/index.js";
import { sampleCommunity, samplePlan, sampleSession, sampleVisit } from "../../src/agreement/exampleRecords.js";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { collegiateMatchers } from "../../src/vitest/index.js";

beforeAll(() => {
  expect.extend(collegiateMatchers);
});

const peerVisit = {
  observedTeacher: { id: "t-chan", name: "Ms Chan" },
  visitors: [{ id: "t-wong", name: "Mr Wong", role: "teacher", seniorPromoted: false }],
  visitDay: "2027-03-18",
};

describe("toSatisfyPolicy", () => {
  it("passes the rule reference's samples under their policies", () => {
    expect(sampleVisit).toSatisfyPolicy(lnctAgreement);
    expect(sampleCommunity).toSatisfyPolicy(learningCommunityService);
    expect(samplePlan).toSatisfyPolicy(jointSchoolSharingPolicy);
    expect(sampleSession).toSatisfyPolicy("classroom-visits");
  });

  it("allows warnings: only findings of error severity break a policy", () => {
    // The sample visit without an active part offered breaks A4's warning-level rule only.
    expect({ ...sampleVisit, activePartOffered: false }).toSatisfyPolicy("lnct-agreement");
  });

  it("tells the record's kind by the policy, or by its shape when the policy covers several", () => {
    const both = definePolicy({ extends: [lnctAgreement, jointSchoolSharingPolicy] });
    expect(samplePlan).toSatisfyPolicy(both);
    expect(sampleVisit).toSatisfyPolicy(both);
    expect({ schools: [{ id: "hillside", name: "Hillside College" }] }).not.toSatisfyPolicy(both);
  });

  it("passes the calendar and the day judged on to the rules", () => {
    // Lesson on Wednesday 3 February, dialogue on Tuesday 16 February: 2 school days later on a
    // calendar closed 4–12 February for Lunar New Year, 9 on a Monday-to-Friday calendar.
    const visit = {
      ...peerVisit,
      visitDay: "2027-02-03",
      dialogue: { heldOn: "2027-02-16", beganWithTeachersView: true, wentWell: ["Groups"], improvementSteps: [{ step: "Model roles", for: "observed" }] },
    };
    const calendar = defineSchoolCalendar({ closures: [{ name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12" }] });
    const strict = definePolicy({ extends: [highlandSharing], rules: { "highland/dialogue-soon-after-lesson": "error" } });
    expect(visit).toSatisfyPolicy(strict, { calendar });
    expect(visit).not.toSatisfyPolicy(strict);
  });

  it("lists the diagnostics when a record breaks the policy", () => {
    const graded = { ...peerVisit, observation: { notes: "tick-box" } };
    expect(() => expect(graded).toSatisfyPolicy(lnctAgreement)).toThrow(
      [
        'Expected the classroom visit to satisfy the policy "lnct-agreement", but it does not:',
        "✖ error  observation.notes  lnct/no-grades-or-tick-boxes",
        "  Notes of the lesson were kept on a tick-box form.",
        "  A5, LNCT Agreement on Sharing Classroom Experience",
        "  hint: Keep informal notes for the professional dialogue; avoid tick boxes and grades.",
        "",
        "1 error, 0 warnings, 0 notes",
      ].join("\n"),
    );
  });

  it("lists the remaining findings when a negated assertion fails", () => {
    expect(() => expect({ ...sampleVisit, activePartOffered: false }).not.toSatisfyPolicy(lnctAgreement)).toThrow(
      /^Expected the classroom visit not to satisfy the policy "lnct-agreement", but it does:\n⚠ warning {2}activePartOffered {2}lnct\/active-part-offered/,
    );
  });

  it("refuses a malformed record with its schema problems", () => {
    expect(() => expect({ ...peerVisit, visitDay: "2027-02-29" }).toSatisfyPolicy(lnctAgreement)).toThrow(
      /visitDay {2}schema\/plain-date-not-a-day\n {2}2027-02-29 is not a real day/,
    );
  });

  it("refuses what is not a policy", () => {
    expect(() => expect(peerVisit).toSatisfyPolicy("lnct" as "lnct-agreement")).toThrow(/policy "lnct", but it does not:\n✖ error {2}policy {2}schema\/not-a-policy/);
  });
});

describe("toSatisfyPolicy on policies and records of any kind", () => {
  it("names an object given as a policy that is none, even one without a prototype, instead of throwing", () => {
    for (const policy of [Object.create(null), JSON.parse('{"toString": "x", "valueOf": 1}')]) {
      const verdict = collegiateMatchers.toSatisfyPolicy.call({}, sampleVisit, policy);
      expect(verdict.pass).toBe(false);
      expect(verdict.message()).toContain('satisfy the policy "an object that is not a policy", but it does not');
    }
  });

  it("judges a record by its shape under a policy with no rules, and as a visit when it fits none", () => {
    const none = definePolicy({ rules: {} });
    expect(samplePlan).toSatisfyPolicy(none);
    expect(sampleCommunity).toSatisfyPolicy(none);
    // Neither a visit, a community nor a plan: refused with the visit schema's problems.
    expect(() => expect({ note: "not a record" }).toSatisfyPolicy(none)).toThrow(/observedTeacher/);
  });

  it("passes the calendar and the day judged on to the rules of a session", () => {
    const calendar = defineSchoolCalendar({});
    expect(sampleSession).toSatisfyPolicy("classroom-visits", { calendar, asOf: plainDate("2027-07-16") });
  });
});

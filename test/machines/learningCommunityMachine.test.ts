import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import {
  createLearningCommunityMachine,
  initialSnapshot,
  learningCommunityMachine,
  replay,
  transition,
  type EventOf,
  type SnapshotOf,
} from "../../src/machines/index.js";

type CommunityEvent = EventOf<typeof learningCommunityMachine>;
type CommunitySnapshot = SnapshotOf<typeof learningCommunityMachine>;

const start = {
  community: {
    name: "Science curriculum leaders 2026/27",
    period: { start: "2026-09-01", end: "2027-07-16" },
    schools: [
      { id: "harbour", name: "Harbour Secondary School" },
      { id: "hill", name: "Hill Secondary School" },
    ],
  },
};

const year: CommunityEvent[] = [
  { type: "appoint-coordinator", at: "2026-09-01", school: "harbour", name: "Ms Chan" },
  { type: "appoint-coordinator", at: "2026-09-02", school: "hill", name: "Mr Ho", staffId: "hs-017" },
  { type: "start", at: "2026-09-07" },
  { type: "hold-meeting", at: "2026-09-21", school: "harbour", ledBy: "Ms Chan", topic: "Inquiry-based learning" },
  { type: "hold-meeting", at: "2026-09-22", school: "hill", ledBy: "Mr Ho" },
  { type: "collect-media", at: "2026-10-05", school: "hill", kind: "video", consentGivenBy: "Principal Wong" },
  { type: "begin-year-end-sharing", at: "2026-10-20" },
  { type: "share-resource", at: "2026-10-21", title: "Inquiry unit on density", school: "hill", copyrightOwner: "Education Bureau and Hill Secondary School" },
  { type: "close", at: "2026-10-22" },
];

function after(events: CommunityEvent[]): CommunitySnapshot {
  const result = replay(learningCommunityMachine, start, events);
  if (!result.ok) throw new Error(`event ${result.index}: ${result.refusal.message}`);
  return result.snapshot;
}

function refusalOf(snapshot: CommunitySnapshot, event: CommunityEvent, machine = learningCommunityMachine) {
  const result = transition(machine, snapshot, event);
  if (result.ok) throw new Error(`expected "${event.type}" to be refused`);
  return result.refusal;
}

describe("learningCommunityMachine", () => {
  it("goes set up → active → year-end sharing → closed, keeping the record", () => {
    const closed = after(year);
    expect(closed.state).toBe("closed");
    expect(closed.history.map((entry) => entry.to)).toEqual([
      "setting-up",
      "setting-up",
      "active",
      "active",
      "active",
      "active",
      "year-end-sharing",
      "year-end-sharing",
      "closed",
    ]);
    const { community } = closed.context;
    expect(community.schools.map((school) => school.coordinator?.name)).toEqual(["Ms Chan", "Mr Ho"]);
    expect(community.meetings?.map((meeting) => meeting.heldOn)).toEqual(["2026-09-21", "2026-09-22"]);
    expect(community.media?.[0]?.consent).toEqual({ recordedOn: "2026-10-05", givenBy: "Principal Wong" });
  });

  it("refuses to start before every school has its coordinator (L2)", () => {
    const refusal = refusalOf(after(year.slice(0, 1)), { type: "start", at: "2026-09-07" });
    expect(refusal.diagnostics).toMatchObject([
      { ruleId: "community/coordinator-appointed", source: { document: "learning-communities", clause: "L2" }, path: ["community", "schools", 1, "coordinator"] },
    ]);
  });

  it("refuses a school that is not in the community", () => {
    const refusal = refusalOf(after(year.slice(0, 3)), { type: "hold-meeting", at: "2026-09-21", school: "bay" });
    expect(refusal.diagnostics[0]?.ruleId).toBe("community/unknown-school");
  });

  it("refuses materials collected without the school's consent (L4)", () => {
    const refusal = refusalOf(after(year.slice(0, 3)), { type: "collect-media", at: "2026-10-05", school: "hill", kind: "student-work" });
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "community/media-consent", source: { clause: "L4" } }]);
  });

  it("refuses a resource without its copyright owner (L5)", () => {
    const refusal = refusalOf(after(year.slice(0, 7)), { type: "share-resource", at: "2026-10-21", title: "Inquiry unit" });
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "community/copyright-owner-named", source: { clause: "L5" } }]);
  });

  it("refuses to close before any experience is shared (L5)", () => {
    const refusal = refusalOf(after(year.slice(0, 7)), { type: "close", at: "2026-10-22" });
    expect(refusal.diagnostics).toMatchObject([{ ruleId: "community/experience-shared", source: { clause: "L5" } }]);
  });

  it("warns about a long gap between meetings (L3), counted on the calendar it is given", () => {
    // 21 September to 2 December 2026, Monday to Friday: 52 school days; the default allows 30.
    // The new meeting is the community's second (index 1).
    const active = after(year.slice(0, 4));
    const late: CommunityEvent = { type: "hold-meeting", at: "2026-12-02", school: "harbour" };
    const result = transition(learningCommunityMachine, active, late);
    const gap = result.ok ? result.diagnostics.find((d) => d.ruleId === "community/regular-meetings") : undefined;
    expect(gap).toMatchObject({ severity: "warning", path: ["community", "meetings", 1, "heldOn"], source: { clause: "L3" } });

    // With the whole autumn closed, few school days pass between the meetings: no warning.
    const quiet = createLearningCommunityMachine({
      calendar: defineSchoolCalendar({ closures: [{ name: "Building works", start: "2026-09-23", end: "2026-11-27" }] }),
    });
    const activeQuiet = replay(quiet, start, year.slice(0, 4));
    if (!activeQuiet.ok) throw new Error("setup");
    const calm = transition(quiet, activeQuiet.snapshot, late);
    expect(calm.ok && calm.diagnostics.filter((d) => d.ruleId === "community/regular-meetings" && d.path.includes("meetings"))).toEqual([]);
  });

  it("starts in setting-up and accepts nothing once closed", () => {
    expect(initialSnapshot(learningCommunityMachine, start).state).toBe("setting-up");
    expect(refusalOf(after(year), { type: "hold-meeting", at: "2027-01-05", school: "hill" }).reason).toBe("final-state");
  });
});

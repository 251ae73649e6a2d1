/**
 * The sample records the rules' examples change one thing of, shown at the
 * top of the rule reference. Internal module.
 */
import type { ClassroomVisitInput } from "./classroomVisit.js";
import type { LearningCommunityInput } from "./learningCommunity.js";
import type { SessionRecordInput } from "./rule.js";
import type { SharingActivityPlanInput } from "./sharingActivityPlan.js";

/** A closed visit by a school manager that respects every visit rule. */
export const sampleVisit = {
  id: "2027-03-18-chan",
  observedTeacher: { id: "t-chan", name: "Ms Chan" },
  visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: true }],
  proposedOn: "2027-02-22",
  purpose: {
    statement: "See how group talk supports reading in S2 English.",
    sharedWith: ["t-chan", "m-lee"],
    sharedOn: "2027-02-24",
  },
  focus: {
    areas: ["group talk", "questioning"],
    feedbackArrangement: "Dialogue in the English base the next morning.",
    agreedOn: "2027-03-04",
    whoDoesWhat: "Mrs Lee joins the group reading chapter 3.",
  },
  timingAgreedOn: "2027-03-04",
  visitDay: "2027-03-18",
  length: { minutes: 40, agreedOn: "2027-03-04" },
  activePartOffered: true,
  observation: { notes: "informal", minutesInClass: 40 },
  dialogue: {
    heldOn: "2027-03-19",
    beganWithTeachersView: true,
    wentWell: ["Every group reported back on its chapter."],
    improvementSteps: [
      { step: "Plan two higher-order questions for each group.", for: "observed" },
      { step: "Try the reading roles with S1.", for: "observer" },
    ],
  },
  clplFollowUp: [{ activity: "Questioning for deeper learning workshop", plannedOn: "2027-04-21" }],
  closedOn: "2027-03-22",
} satisfies ClassroomVisitInput;

const peer = (id: string) => ({ id, role: "teacher" as const, seniorPromoted: false });

/** Three teachers who each observe twice and are observed twice, in peer visits noting only their date (A7). */
export const sampleSession = {
  session: { name: "2026/27", start: "2026-09-01", end: "2027-07-16", summaryReport: { dueOn: "2027-06-25" } },
  staff: [
    { id: "t-chan", name: "Ms Chan" },
    { id: "t-wong", name: "Mr Wong" },
    { id: "t-lam", name: "Miss Lam" },
  ],
  visits: [
    { observedTeacher: { id: "t-chan" }, visitors: [peer("t-wong")], visitDay: "2026-10-13" },
    { observedTeacher: { id: "t-wong" }, visitors: [peer("t-lam")], visitDay: "2026-10-20" },
    { observedTeacher: { id: "t-lam" }, visitors: [peer("t-chan")], visitDay: "2026-11-03" },
    { observedTeacher: { id: "t-chan" }, visitors: [peer("t-lam")], visitDay: "2027-03-02" },
    { observedTeacher: { id: "t-wong" }, visitors: [peer("t-chan")], visitDay: "2027-03-09" },
    { observedTeacher: { id: "t-lam" }, visitors: [peer("t-wong")], visitDay: "2027-03-16" },
  ],
} satisfies SessionRecordInput;

/** Two schools with coordinators, monthly meetings, consented media and owned resources. */
export const sampleCommunity = {
  name: "Reading across the curriculum",
  period: { start: "2026-09-01", end: "2027-07-16" },
  schools: [
    { id: "harbour", name: "Harbour Secondary School", coordinator: { name: "Ms Chan" } },
    { id: "hillside", name: "Hillside College", coordinator: { name: "Mr Ho" } },
  ],
  meetings: [
    { school: "harbour", heldOn: "2026-09-24" },
    { school: "harbour", heldOn: "2026-10-29" },
    { school: "hillside", heldOn: "2026-09-25" },
    { school: "hillside", heldOn: "2026-10-30" },
  ],
  media: [
    {
      school: "harbour",
      kind: "video",
      collectedOn: "2026-10-15",
      consent: { recordedOn: "2026-10-02", givenBy: "Principal of Harbour Secondary School" },
    },
  ],
  resources: [
    { title: "Reading roles cards", school: "harbour", copyrightOwner: "Education Bureau and Harbour Secondary School" },
  ],
} satisfies LearningCommunityInput;

/** A working group of two schools that confirmed the basic details, then the content. */
export const samplePlan = {
  title: "Reading across the curriculum: a sharing day",
  schools: [
    { id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] },
    { id: "hillside", name: "Hillside College", representatives: [{ name: "Mr Ho" }] },
  ],
  basicDetails: { date: "2027-03-18", durationMinutes: 360, participants: 80, medium: "English", confirmedOn: "2026-12-04" },
  content: { rundown: ["Opening", "Lesson observations", "Sharing sessions", "Evaluation"], confirmedOn: "2027-01-15" },
} satisfies SharingActivityPlanInput;

/** Changes to the top-level keys of a record: a new value, or `undefined` to leave the key out. */
export type Changes<T> = { readonly [K in keyof T]?: T[K] | undefined };

/** `record` with some top-level keys replaced, or removed where the change is `undefined`; key order is kept. */
export function changed<T extends object>(record: T, changes: Changes<T>): T {
  const result: Record<string, unknown> = {};
  const replaced = changes as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const next = key in replaced ? replaced[key] : value;
    if (next !== undefined) result[key] = next;
  }
  for (const [key, value] of Object.entries(replaced)) if (!(key in result) && value !== undefined) result[key] = value;
  return result as T;
}

/** The sample visit with some changes. */
export const visitWith = (changes: Changes<ClassroomVisitInput>): ClassroomVisitInput => changed<ClassroomVisitInput>(sampleVisit, changes);

/** The sample session with some changes. */
export const sessionWith = (changes: Changes<SessionRecordInput>): SessionRecordInput => changed<SessionRecordInput>(sampleSession, changes);

/** The sample learning community with some changes. */
export const communityWith = (changes: Changes<LearningCommunityInput>): LearningCommunityInput =>
  changed<LearningCommunityInput>(sampleCommunity, changes);

/** The sample plan with some changes. */
export const planWith = (changes: Changes<SharingActivityPlanInput>): SharingActivityPlanInput => changed<SharingActivityPlanInput>(samplePlan, changes);

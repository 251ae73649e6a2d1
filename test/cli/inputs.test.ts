import { describe, expect, it } from "vitest";
import { classroomVisitPolicy, lnctAgreement } from "../../src/agreement/index.js";
import { readCalendar, readDay, readDocument, readPolicy, readSurvey, readTemplate } from "../../src/cli/inputs.js";
import { jointSchoolEvaluationSurvey } from "../../src/feedback/index.js";
import { jointSchoolSharing } from "../../src/timeline/index.js";
import { memoryHost } from "../support/cliHost.js";

const host = memoryHost(
  {
    "bad.calendar.json": { terms: [{ name: "T", start: "2027-01-10", end: "2026-12-20" }] },
    "strict.policy.json": { extends: "lnct-agreement", rules: { "lnct/active-part-offered": "error" } },
    "odd.template.json": { id: "t", title: "T", schedule: "forward", stages: [] },
  },
  '{ "weekend": ["sunday"] }',
);

describe("reading inputs", () => {
  it("reads standard input for -", async () => {
    expect(await readDocument(host, "-")).toEqual({ file: "standard input", value: { weekend: ["sunday"] } });
  });

  it("refuses a calendar with problems, naming the file and the path of each", async () => {
    await expect(readCalendar(host, "bad.calendar.json")).rejects.toThrow(
      "bad.calendar.json: terms.0.end: The term ends on 2026-12-20, before it starts on 2027-01-10.",
    );
    await expect(readCalendar(host, "missing.calendar.json")).rejects.toThrow("missing.calendar.json: no such file or directory");
  });

  it("takes built-in policies, templates and surveys by name, and others from files", async () => {
    expect(await readPolicy(host, "classroom-visits")).toBe(classroomVisitPolicy);
    expect((await readPolicy(host, "strict.policy.json")).rules["lnct/active-part-offered"]).toBe("error");
    expect((await readPolicy(host, "strict.policy.json")).rules["lnct/purpose-shared"]).toBe(lnctAgreement.rules["lnct/purpose-shared"]);
    expect(await readTemplate(host, "joint-school-sharing")).toBe(jointSchoolSharing);
    expect(await readSurvey(host, "joint-school-evaluation")).toBe(jointSchoolEvaluationSurvey);
  });

  it("refuses unknown names with the built-in ones, and invalid files with their problems", async () => {
    await expect(readPolicy(host, "lnct")).rejects.toThrow('--policy: unknown policy "lnct": give a built-in policy (lnct-agreement, ');
    await expect(readTemplate(host, "sharing-day")).rejects.toThrow('--template: unknown template "sharing-day"');
    await expect(readSurvey(host, "wows")).rejects.toThrow('--survey: unknown survey "wows"');
    await expect(readTemplate(host, "odd.template.json")).rejects.toThrow(/^odd\.template\.json: stages: /);
  });

  it("reads days, naming the option of an impossible one", () => {
    expect(readDay("--as-of", "2027-03-18")).toBe("2027-03-18");
    expect(() => readDay("--as-of", "2027-02-29")).toThrow("--as-of: expected a day as YYYY-MM-DD: 2027-02-29 is not a real day: 2027 is not a leap year.");
  });
});

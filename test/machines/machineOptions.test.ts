/**
 * The built-in machines' `create…` functions check their options from
 * JavaScript: anything wrong is one InvalidInputError with paths, never a
 * TypeError from inside a guard, and a calendar object is copied.
 */
import { describe, expect, it } from "vitest";
import { lnctAgreement } from "../../src/agreement/index.js";
import {
  createClassroomVisitMachine,
  createLearningCommunityMachine,
  createSharingActivityMachine,
} from "../../src/machines/index.js";
import { InvalidInputError } from "../../src/index.js";

function thrown(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error("expected an InvalidInputError");
}

const calendar = { terms: [{ name: "2026/27", start: "2026-09-01", end: "2027-07-16" }] };

describe("options of the built-in machines", () => {
  const creators = { createClassroomVisitMachine, createLearningCommunityMachine, createSharingActivityMachine };

  it.each(Object.entries(creators))("%s refuses options that are not an object", (_name, create) => {
    for (const options of [null, 5, "policy", []]) {
      const error = thrown(() => create(options as never));
      expect(error.diagnostics).toEqual([expect.objectContaining({ ruleId: "machine/options-not-an-object", path: [] })]);
    }
  });

  it.each(Object.entries(creators))("%s refuses a policy that this library did not make", (_name, create) => {
    const error = thrown(() => create({ policy: { name: "mine", rules: {} } } as never));
    expect(error.diagnostics).toEqual([expect.objectContaining({ ruleId: "machine/option-not-a-policy", path: ["policy"] })]);
  });

  it.each([
    ["createClassroomVisitMachine", createClassroomVisitMachine],
    ["createLearningCommunityMachine", createLearningCommunityMachine],
  ] as const)("%s refuses a calendar that is not valid, with paths under calendar", (_name, create) => {
    for (const [wrong, path] of [
      [{ closures: [] , terms: [null] }, ["calendar", "terms", 0]],
      [{ terms: [{ name: "2026/27", start: "2026-09-01", end: Symbol("end") }] }, ["calendar", "terms", 0, "end"]],
      [5, ["calendar"]],
    ] as const) {
      const error = thrown(() => create({ calendar: wrong } as never));
      expect(error.diagnostics.map((diagnostic) => diagnostic.path)).toContainEqual(path);
    }
  });

  it("accepts a calendar read from JSON and the library's policies", () => {
    expect(createClassroomVisitMachine({ policy: lnctAgreement, calendar: calendar as never }).id).toBe("classroom-visit");
    expect(createLearningCommunityMachine({ calendar: JSON.parse(JSON.stringify(calendar)) }).id).toBe("learning-community");
    expect(createSharingActivityMachine(undefined).id).toBe("joint-school-sharing-activity");
  });
});

describe("sharingActivityContext", () => {
  it("refuses a start that is not an object, or a wrong locale, with an InvalidInputError", async () => {
    const { sharingActivityContext } = await import("../../src/machines/index.js");
    for (const start of [null, undefined, 5, "2027-03-18"]) {
      expect(thrown(() => sharingActivityContext(start as never)).diagnostics).toEqual([expect.objectContaining({ path: [] })]);
    }
    const plan = { schools: [{ id: "harbour", name: "Harbour Secondary School" }] };
    const error = thrown(() => sharingActivityContext({ activityDay: "2027-03-18", calendar: {}, plan, locale: "fr" } as never));
    expect(error.diagnostics).toEqual([expect.objectContaining({ path: ["locale"] })]);
    expect(thrown(() => sharingActivityContext({ activityDay: "2027-03-18", calendar: {}, plan, planId: 5 } as never)).diagnostics).toEqual([
      expect.objectContaining({ path: ["planId"] }),
    ]);
  });
});

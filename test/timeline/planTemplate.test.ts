import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import {
  BackwardPlanTemplateSchema,
  definePlanTemplate,
  parsePlanTemplate,
  type BackwardPlanTemplateInput,
} from "../../src/timeline/index.js";

const base = { id: "open-day", title: "Open day", schedule: "backward" } as const;

function findings(input: unknown): string[] {
  return parsePlanTemplate(input).diagnostics.map((d) => `${d.ruleId}@${d.path.join(".")}`);
}

describe("definePlanTemplate and parsePlanTemplate", () => {
  it("fills in defaults and freezes the template", () => {
    const template = definePlanTemplate({ ...base, stages: [{ id: "day", title: "Open day", offset: {} }] });
    expect(template.stages[0]).toEqual({ id: "day", title: "Open day", offset: {}, tasks: { external: [], internal: [] }, dependsOn: [], kind: "task" });
    expect(Object.isFrozen(template.stages[0]?.tasks.external)).toBe(true);
  });

  it("returns a deep-frozen copy and leaves the input as it was", () => {
    const isDeepFrozen = (value: unknown): boolean =>
      typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    const input = { ...base, stages: [{ id: "invite", title: "Invite", offset: { weeks: -2 } }, { id: "day", title: "Open day", offset: {}, dependsOn: ["invite"] }] };
    expect(isDeepFrozen(definePlanTemplate(input))).toBe(true);
    const parsed = parsePlanTemplate(input);
    expect(parsed.ok && isDeepFrozen(parsed.value)).toBe(true);
    expect(Object.isFrozen(input.stages[0]?.offset)).toBe(false);
  });

  it("reports duplicate stage ids with the path of the second", () => {
    expect(
      findings({
        ...base,
        stages: [
          { id: "a", title: "A", offset: { weeks: -1 } },
          { id: "a", title: "A again", group: "day", offset: {} },
        ],
      }),
    ).toEqual(["schema/duplicate-stage-id@stages.1.id"]);
  });

  it("reports dependencies on unknown stages", () => {
    const result = parsePlanTemplate({ ...base, stages: [{ id: "a", title: "A", offset: {}, dependsOn: ["b", "c"] }] });
    expect(result.diagnostics.map((d) => [d.path.join("."), d.message])).toEqual([
      ["stages.0.dependsOn.0", "Stage a depends on b, which is not a stage of this template."],
      ["stages.0.dependsOn.1", "Stage a depends on c, which is not a stage of this template."],
    ]);
  });

  it("reports a cycle of dependencies, naming it", () => {
    const result = parsePlanTemplate({
      ...base,
      stages: [
        { id: "a", title: "A", group: "prep", offset: { weeks: -1 }, dependsOn: ["c"] },
        { id: "b", title: "B", group: "prep", dependsOn: ["a"] },
        { id: "c", title: "C", group: "prep", dependsOn: ["b"] },
        { id: "d", title: "D", offset: {}, dependsOn: ["d"] },
      ],
    });
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join("."), d.message])).toEqual([
      ["schema/dependency-cycle", "stages.1.dependsOn.0", "Stage a depends on itself: a → c → b → a."],
      ["schema/dependency-cycle", "stages.3.dependsOn.0", "Stage d depends on itself: d → d."],
    ]);
  });

  it("reports a dependency on a stage scheduled later", () => {
    expect(
      findings({
        ...base,
        stages: [
          { id: "a", title: "A", offset: { weeks: -1 }, dependsOn: ["b"] },
          { id: "b", title: "B", offset: {} },
        ],
      }),
    ).toEqual(["schema/depends-on-later-stage@stages.0.dependsOn.0"]);
  });

  it("reports scattered groups, groups without an offset and stages that disagree with their group", () => {
    expect(
      findings({
        ...base,
        stages: [
          { id: "a", title: "A", group: "prep", offset: { months: -1 } },
          { id: "b", title: "B", group: "prep", offset: { weeks: -1 } },
          { id: "c", title: "C", offset: {} },
          { id: "d", title: "D", group: "prep" },
          { id: "e", title: "E" },
        ],
      }),
    ).toEqual([
      "schema/group-not-contiguous@stages.3.group",
      "schema/group-offset-mismatch@stages.1.offset",
      "schema/group-without-offset@stages.4.offset",
    ]);
  });

  it("takes offsets that always name the same day as one: { weeks: -1 } and { days: -7 }", () => {
    expect(
      findings({
        ...base,
        stages: [
          { id: "a", title: "A", group: "prep", offset: { weeks: -1 } },
          { id: "b", title: "B", group: "prep", offset: { days: -7 } },
          { id: "c", title: "C", offset: {} },
        ],
      }),
    ).toEqual([]);
  });

  it("requires groups in time order, counting a month as 28 to 31 days", () => {
    // −1 month spans −31…−28 days; −4 weeks is −28: they can meet (1 March minus a month is 1 February).
    const result = parsePlanTemplate({
      ...base,
      stages: [
        { id: "a", title: "A", offset: { months: -1 } },
        { id: "b", title: "B", offset: { weeks: -4 } },
        { id: "c", title: "C", offset: {} },
      ],
    });
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join("."), d.message, d.hint])).toEqual([
      [
        "schema/offsets-out-of-order",
        "stages.1.offset",
        "Group b can open before or with group a for some anchor days (-28 to -28 days against -31 to -28); list groups in time order with clearly separated offsets.",
        "A month counts as 28 to 31 days.",
      ],
    ]);
    expect(findings({ ...base, stages: [{ id: "a", title: "A", offset: {} }, { id: "b", title: "B", offset: {} }] })).toEqual([
      "schema/offsets-out-of-order@stages.1.offset",
    ]);
  });

  it("refuses an offset that may fall on either side of the anchor day", () => {
    expect(findings({ ...base, stages: [{ id: "a", title: "A", offset: { months: 1, days: -30 } }] })).toEqual([
      "schema/offset-straddles-anchor@stages.0.offset",
    ]);
  });

  it("checks forward templates' durations the same way", () => {
    expect(
      findings({
        id: "programme",
        title: "Programme",
        schedule: "forward",
        stages: [
          { id: "a", title: "A", group: "start", duration: { session: "full-day" } },
          { id: "b", title: "B", group: "start", duration: { session: "half-day" } },
          { id: "c", title: "C", duration: { months: { shortest: 3, longest: 2 } } },
        ],
      }),
    ).toEqual(["schema/group-duration-mismatch@stages.1.duration", "schema/phase-range@stages.2.duration.months"]);
    expect(
      findings({
        id: "programme",
        title: "Programme",
        schedule: "forward",
        stages: [
          { id: "a", title: "A", group: "start", duration: { session: "full-day" } },
          { id: "b", title: "B", group: "start", duration: { session: "half-day" } },
          { id: "c", title: "C" },
        ],
      }),
    ).toEqual(["schema/group-duration-mismatch@stages.1.duration", "schema/group-without-duration@stages.2.duration"]);
  });

  it("reports shape problems with their paths: bad ids, unknown keys, a missing schedule", () => {
    expect(findings({ ...base, stages: [{ id: "S 1", title: "A", offset: {}, extra: true }] })).toEqual([
      "schema/invalid-format@stages.0.id",
      "schema/unrecognized-keys@stages.0",
    ]);
    expect(findings({ id: "x", title: "X", stages: [] })).toEqual(["schema/invalid-union@schedule"]);
    expect(findings({ ...base, stages: [] })).toEqual(["schema/too-small@stages"]);
  });

  it("throws every problem from definePlanTemplate", () => {
    const input = { ...base, stages: [{ id: "a", title: "A", offset: {}, dependsOn: ["x"] }] } satisfies BackwardPlanTemplateInput;
    expect(() => definePlanTemplate(input)).toThrow(InvalidInputError);
    expect(() => definePlanTemplate(input)).toThrow("stages.0.dependsOn.0: Stage a depends on x");
  });

  it("exposes the schema for tools", () => {
    expect(BackwardPlanTemplateSchema.safeParse({ ...base, stages: [{ id: "a", title: "A", offset: {} }] }).success).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { defineSurvey, InvalidInputError, parseSurvey } from "../../src/index.js";

describe("parseSurvey", () => {
  it("accepts every question kind and freezes the result", () => {
    const result = parseSurvey({
      id: "all-kinds",
      title: "All kinds",
      source: { document: "joint-school-sharing", clause: "S9" },
      questions: [
        { kind: "likert", id: "a", text: "A", scale: ["No", "Yes"] },
        { kind: "rating", id: "b", text: "B", lowLabel: "Never", highLabel: "Always" },
        { kind: "single-choice", id: "c", text: "C", options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }] },
        { kind: "multiple-choice", id: "d", text: "D", options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }] },
        { kind: "yes-no", id: "e", text: "E" },
        { kind: "free-text", id: "f", text: "F", category: "wonder" },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.value?.questions.map((q) => q.kind)).toEqual(["likert", "rating", "single-choice", "multiple-choice", "yes-no", "free-text"]);
    expect(Object.isFrozen(result.value?.questions[0])).toBe(true);
  });

  it("reports every problem with its path", () => {
    const result = parseSurvey({
      id: "broken",
      title: "Broken",
      questions: [
        { kind: "likert", id: "a", text: "A", scale: ["Only one"] },
        { kind: "likert", id: "b", text: "B", scale: Array.from({ length: 12 }, (_, i) => `P${i}`) },
        { kind: "single-choice", id: "c", text: "C", options: [{ id: "x", label: "X" }, { id: "x", label: "Again" }] },
        { kind: "free-text", id: "a", text: "Again", category: "praise" },
        { kind: "slider", id: "e", text: "E" },
        { kind: "yes-no", id: "-bad", text: "F" },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([
      ["schema/likert-scale-size", "questions.0.scale"],
      ["schema/likert-scale-size", "questions.1.scale"],
      ["schema/duplicate-option-id", "questions.2.options.1.id"],
      ["schema/invalid-value", "questions.3.category"],
      ["schema/invalid-union", "questions.4.kind"],
      ["schema/invalid-format", "questions.5.id"],
    ]);
    expect(result.diagnostics[0]?.message).toBe("A Likert scale has 2 to 11 labelled points; this one has 1.");
  });

  it("refuses two questions with one id", () => {
    const result = parseSurvey({
      id: "twice",
      title: "Twice",
      questions: [
        { kind: "yes-no", id: "a", text: "A" },
        { kind: "yes-no", id: "a", text: "A again" },
      ],
    });
    expect(result.diagnostics).toEqual([
      {
        ruleId: "schema/duplicate-question-id",
        severity: "error",
        code: "feedback/survey.duplicate-question-id",
        params: { id: "a" },
        message: 'The question id "a" is used twice; every question needs its own id.',
        path: ["questions", 1, "id"],
        hint: "Rename one of the questions.",
      },
    ]);
  });

  it("refuses a survey without questions and unknown keys", () => {
    expect(parseSurvey({ id: "x", title: "X", questions: [] }).diagnostics.map((d) => d.path.join("."))).toEqual(["questions"]);
    expect(parseSurvey({ id: "x", title: "X", questions: [{ kind: "yes-no", id: "a", text: "A" }], colour: "red" }).ok).toBe(false);
  });
});

describe("defineSurvey", () => {
  it("throws InvalidInputError with every problem", () => {
    expect(() => defineSurvey({ id: "x", title: "X", questions: [{ kind: "likert", id: "a", text: "A", scale: [] }] })).toThrow(InvalidInputError);
  });
});

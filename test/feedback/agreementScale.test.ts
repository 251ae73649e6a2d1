import { describe, expect, it } from "vitest";
import { agreementScale } from "../../src/index.js";

describe("agreementScale", () => {
  it("runs from strong disagreement to strong agreement in five points, and cannot be changed", () => {
    expect(agreementScale).toEqual(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]);
    expect(Object.isFrozen(agreementScale)).toBe(true);
  });
});

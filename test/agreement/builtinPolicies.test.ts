import { describe, expect, it } from "vitest";
import { builtinPolicies, parsePolicy } from "../../src/agreement/index.js";

describe("builtinPolicies", () => {
  it("names the five built-in policies, which JSON policies extend by name", () => {
    expect(Object.keys(builtinPolicies)).toEqual([
      "lnct-agreement",
      "highland-sharing",
      "learning-community-service",
      "joint-school-sharing",
      "classroom-visits",
    ]);
    const fromJson = parsePolicy(JSON.parse('{"extends": "joint-school-sharing", "rules": {"sharing/representatives-appointed": "off"}}'));
    expect(fromJson.ok && Object.keys(fromJson.value.rules)).toEqual(["sharing/basic-details-confirmed", "sharing/basic-details-before-content"]);
  });
});

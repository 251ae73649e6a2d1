import { describe, expect, it } from "vitest";
import { describeReceived, matcherMessages, say } from "../../src/vitest/messages.js";

describe("matcherMessages", () => {
  it("names the kind of every record a policy checks", () => {
    expect(Object.keys(matcherMessages).filter((key) => key.startsWith("subject."))).toEqual(["subject.visit", "subject.session", "subject.community", "subject.plan"]);
  });

  it("fills placeholders", () => {
    expect(say("diagnostic.path", { path: "focus.agreedOn" })).toBe(" at focus.agreedOn");
  });

  it("describes received values briefly", () => {
    expect([null, [1, 2], { a: 1, b: 2 }, {}, 3, "x"].map(describeReceived)).toEqual([
      "null",
      "an array of 2",
      "an object with keys a, b",
      "an object with keys (none)",
      "number 3",
      'string "x"',
    ]);
  });
});

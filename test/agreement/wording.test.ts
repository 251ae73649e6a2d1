import { describe, expect, it } from "vitest";
import { listOf, nameOf, wordFor } from "../../src/agreement/wording.js";

describe("wording", () => {
  it("lists people with commas and a final 'and' or 'or'", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["Ms Chan"])).toBe("Ms Chan");
    expect(listOf(["Ms Chan", "Mr Wong"])).toBe("Ms Chan and Mr Wong");
    expect(listOf(["a", "b", "c"], "list.or")).toBe("a, b or c");
  });

  it("names a person, or falls back to their id", () => {
    expect(nameOf({ id: "t-chan", name: "Ms Chan" })).toBe("Ms Chan");
    expect(nameOf({ id: "t-chan" })).toBe("t-chan");
    expect(wordFor("media.student-work")).toBe("student work");
  });
});

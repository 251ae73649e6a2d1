import { describe, expect, it } from "vitest";
import { changed } from "../../src/agreement/exampleRecords.js";

describe("changed", () => {
  it("replaces keys in place, leaves out keys changed to undefined, adds new keys last, and copies", () => {
    const record = { a: 1, b: 2, c: 3 } as { a: number; b: number; c?: number; d?: number };
    const result = changed(record, { b: 20, c: undefined, d: 4 });
    expect(Object.entries(result)).toEqual([
      ["a", 1],
      ["b", 20],
      ["d", 4],
    ]);
    expect(record).toEqual({ a: 1, b: 2, c: 3 });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactJson } from "../../src/agreement/compactJson.js";

describe("compactJson", () => {
  it("keeps what fits on one line, and breaks what does not, one key a line", () => {
    expect(compactJson({ a: [1, 2], b: { c: "d" } })).toBe('{ "a": [1, 2], "b": { "c": "d" } }');
    expect(compactJson({ a: "x".repeat(10), b: [] }, 20)).toBe('{\n  "a": "xxxxxxxxxx",\n  "b": []\n}');
    expect(compactJson([{ id: 1 }, { id: 2 }], 16)).toBe('[\n  { "id": 1 },\n  { "id": 2 }\n]');
    expect(compactJson({})).toBe("{}");
  });

  it("is always JSON for the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 120 }), (value, width) => {
        expect(JSON.parse(compactJson(value, width))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("writes null for what JSON cannot hold, and an empty list on one line even when it does not fit", () => {
    expect(compactJson(undefined)).toBe("null");
    expect(compactJson([() => 1, undefined])).toBe("[null, null]");
    expect(compactJson({ "a long key": [] }, 8)).toBe('{\n  "a long key": []\n}');
  });
});

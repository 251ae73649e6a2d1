import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEvent } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

describe("parseEvent", () => {
  it("accepts a valid event and names the missing field of an invalid one", () => {
    expect(parseEvent(bookingMachine, { type: "use", at: "t1" })).toEqual({ ok: true, value: { type: "use", at: "t1" }, diagnostics: [] });
    const result = parseEvent(bookingMachine, { type: "name-room", at: "t1" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path)).toEqual([["room"]]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseEvent(bookingMachine, input).ok).toBe("boolean");
      }),
    );
  });
});

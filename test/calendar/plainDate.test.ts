import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { isPlainDate, parsePlainDate, plainDate, PlainDateSchema } from "../../src/calendar/plainDate.js";
import { anyDayArbitrary } from "../support/arbitraries.js";

describe("plainDate", () => {
  it("accepts a real day and returns the same text", () => {
    expect(plainDate("2027-03-18")).toBe("2027-03-18");
    expect(plainDate("2028-02-29")).toBe("2028-02-29");
    expect(plainDate("2000-02-29")).toBe("2000-02-29");
  });

  it("rejects 29 February in a common year with a message that says why", () => {
    expect(() => plainDate("2027-02-29")).toThrow(InvalidInputError);
    expect(() => plainDate("2027-02-29")).toThrow("2027-02-29 is not a real day: 2027 is not a leap year.");
    expect(() => plainDate("1900-02-29")).toThrow("1900 is not a leap year");
  });

  it.each([
    ["2027-13-01", "there is no month 13"],
    ["2027-04-31", "month 04 has no day 31"],
    ["2027-00-10", "there is no month 00"],
    ["0000-01-01", "years start at 0001"],
  ])("rejects the impossible day %s", (text, reason) => {
    expect(() => plainDate(text)).toThrow(reason);
  });

  it.each(["2027-3-18", "18/03/2027", "2027-03-18T00:00:00Z", " 2027-03-18", "", "２０２７-03-18"])(
    "rejects the malformed text %j",
    (text) => {
      const result = parsePlainDate(text);
      expect(result.ok).toBe(false);
      expect(result.diagnostics[0]?.ruleId).toBe("schema/plain-date-format");
    },
  );
});

describe("parsePlainDate", () => {
  it("returns a result for any input and never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parsePlainDate(input);
        expect(result.ok).toBe(isPlainDate(input));
        expect(result.ok || result.diagnostics.length > 0).toBe(true);
      }),
    );
  });

  it("reports a wrong type as a schema diagnostic with an empty path", () => {
    const result = parsePlainDate(20270318);
    expect(result).toMatchObject({ ok: false, diagnostics: [{ ruleId: "schema/invalid-type", severity: "error", path: [] }] });
  });

  it("accepts every real day from 0001 to 9999, as the UTC calendar of Date says", () => {
    fc.assert(fc.property(anyDayArbitrary, (day) => {
      expect(parsePlainDate(day)).toEqual({ ok: true, value: day, diagnostics: [] });
    }));
  });

  it("reports the path of a plain date inside a larger schema", () => {
    const parsed = PlainDateSchema.array().safeParse(["2027-01-01", "2027-02-30"]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([1]);
  });
});

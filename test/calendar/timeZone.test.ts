/**
 * Proves that the date-sensitive test projects really run in the time zone
 * they are named after, so that passing there means something.
 */
import { describe, expect, it } from "vitest";

const expectedOffsets: Record<string, number> = {
  UTC: 0,
  // getTimezoneOffset is minutes *behind* UTC.
  "Asia/Hong_Kong": -480,
  "America/Sao_Paulo": 180,
};

describe("the test process time zone", () => {
  it("is one of the zones the suite runs in, and Date obeys it", () => {
    const zone = process.env.TZ ?? "";
    expect(Object.keys(expectedOffsets)).toContain(zone);
    expect(new Date(2027, 6, 1).getTimezoneOffset()).toBe(expectedOffsets[zone]);
  });
});

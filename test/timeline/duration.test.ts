import { describe, expect, it } from "vitest";
import { DurationSchema } from "../../src/timeline/index.js";
import { sameDuration } from "../../src/timeline/duration.js";

describe("DurationSchema", () => {
  it("accepts sessions, school days, months and month ranges", () => {
    for (const duration of [{ session: "full-day" }, { session: "half-day" }, { schoolDays: 5 }, { months: 3 }, { months: { shortest: 1, longest: 2 } }]) {
      expect(DurationSchema.safeParse(duration).success).toBe(true);
    }
  });

  it("refuses empty, mixed or non-positive lengths", () => {
    for (const duration of [{}, { session: "evening" }, { schoolDays: 0 }, { months: 1, schoolDays: 2 }, { months: { shortest: 1 } }]) {
      expect(DurationSchema.safeParse(duration).success).toBe(false);
    }
  });

  it("compares durations by meaning, not key order", () => {
    expect(sameDuration({ months: { shortest: 1, longest: 2 } }, { months: { longest: 2, shortest: 1 } })).toBe(true);
    expect(sameDuration({ session: "full-day" }, { session: "half-day" })).toBe(false);
    expect(sameDuration({ schoolDays: 1 }, { session: "full-day" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { en } from "../../src/text/locale.js";
import { z } from "zod";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { parseOptions, planFields } from "../../src/timeline/planOptions.js";

const schema = z.strictObject(planFields);

describe("planOptions (internal)", () => {
  it("accepts a calendar and optional plan details, trimming text", () => {
    const calendar = defineSchoolCalendar({});
    expect(parseOptions(schema, { calendar, school: " harbour ", people: ["chan"] }, "what.scheduling-options", en)).toEqual({ calendar, school: "harbour", people: ["chan"] });
  });

  it("throws every problem with its path", () => {
    try {
      parseOptions(schema, { calendar: "hk", asOf: "2027-13-01", people: [""], colour: "red" }, "what.scheduling-options", en);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).diagnostics.map((d) => d.path.join(".")).sort()).toEqual(["", "asOf", "calendar", "people.0"]);
      expect((error as InvalidInputError).message).toMatch(/^Invalid scheduling options: 4 problems/);
    }
  });
});

import { describe, expectTypeOf, it } from "vitest";
import {
  addSchoolDays,
  parsePlainDate,
  plainDate,
  PlainDateSchema,
  type PlainDate,
} from "../../src/calendar/index.js";

describe("PlainDate", () => {
  it("is a branded string: a plain string is not a PlainDate", () => {
    expectTypeOf(plainDate("2027-03-18")).toEqualTypeOf<PlainDate>();
    expectTypeOf<PlainDate>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<PlainDate>();
  });

  it("comes out of the schema and the result with its brand", () => {
    expectTypeOf(PlainDateSchema.parse("2027-03-18")).toEqualTypeOf<PlainDate>();
    const result = parsePlainDate("2027-03-18");
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<PlainDate>();
  });

  it("is what the school-day functions take and give", () => {
    expectTypeOf(addSchoolDays).parameter(1).toEqualTypeOf<PlainDate>();
    expectTypeOf(addSchoolDays).returns.toEqualTypeOf<PlainDate>();
    // @ts-expect-error a raw string must go through plainDate first
    addSchoolDays({} as never, "2027-03-18", 1);
  });
});

import { describe, expectTypeOf, it } from "vitest";
import {
  defineSchoolCalendar,
  type Closure,
  type SchoolCalendar,
  type SchoolCalendarInput,
  type Weekday,
} from "../../src/calendar/index.js";

describe("SchoolCalendarInput", () => {
  it("makes every field optional and takes plain strings for days", () => {
    expectTypeOf<{}>().toExtend<SchoolCalendarInput>();
    expectTypeOf<{ closures: { name: string; start: string }[] }>().toExtend<SchoolCalendarInput>();
  });

  it("rejects an unknown weekday at compile time", () => {
    // @ts-expect-error "caturday" is not a weekday
    defineSchoolCalendar({ weekend: ["caturday"] });
  });
});

describe("SchoolCalendar", () => {
  it("has every field filled in after defaults", () => {
    expectTypeOf<SchoolCalendar["weekend"]>().toEqualTypeOf<Weekday[]>();
    expectTypeOf<SchoolCalendar["closures"]>().toEqualTypeOf<Closure[]>();
    expectTypeOf(defineSchoolCalendar({})).toEqualTypeOf<SchoolCalendar>();
  });
});
